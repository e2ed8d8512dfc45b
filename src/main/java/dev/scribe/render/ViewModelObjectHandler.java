package dev.scribe.render;

import com.github.mustachejava.Iteration;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.Writer;
import java.lang.reflect.AccessibleObject;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lets templates read the draft's view model and nothing else, and counts every section pass.
 * mustache.java would otherwise call any public no-argument method it can reach, so a stored
 * template could walk from a value to its class, class loader and code source ({@code
 * {{chart.zone.class.protectionDomain…}}}) and read files the server can read. Only the records of
 * {@code dev.scribe.postmortem} (the view model) are looked into; lists and maps are walked as
 * mustache.java always does.
 */
final class ViewModelObjectHandler extends ReflectionObjectHandler {

  private static final String VIEW_MODEL_PACKAGE = "dev.scribe.postmortem";

  private final Supplier<RenderBudget> budget;

  ViewModelObjectHandler(Supplier<RenderBudget> budget) {
    this.budget = budget;
  }

  @Override
  protected AccessibleObject findMember(Class sClass, String name) {
    boolean viewModel = sClass.isRecord() && sClass.getPackageName().equals(VIEW_MODEL_PACKAGE);
    return viewModel ? super.findMember(sClass, name) : null;
  }

  @Override
  public Writer iterate(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
    return super.iterate(counted(iteration), writer, object, scopes);
  }

  @Override
  public Writer falsey(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
    return super.falsey(counted(iteration), writer, object, scopes);
  }

  private Iteration counted(Iteration iteration) {
    return (writer, next, scopes) -> {
      budget.get().step();
      return iteration.next(writer, next, scopes);
    };
  }
}
