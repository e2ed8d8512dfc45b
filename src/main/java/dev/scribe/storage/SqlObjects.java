package dev.scribe.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;

/** The one way repositories obtain their DAOs. */
final class SqlObjects {

  private SqlObjects() {}

  /**
   * A DAO attached once, for the repository's lifetime, that runs each call on the handle open on
   * the calling thread (so inside a transaction it joins it: the group-commit writer's handle), or
   * else on a pooled handle of its own for that call.
   *
   * <p>Why not {@code Jdbi.onDemand}: an on-demand DAO attaches itself again on every call, and
   * attaching copies Jdbi's configuration once per DAO method (most of a request's CPU, measured).
   * This DAO is attached to a {@link HandleSupplier} that looks the handle up at each call instead,
   * so the copies are made once.
   *
   * <p>It is attached at its first call, not here: attaching reads every method's annotations and
   * builds its handlers, for all of Scribe's DAOs a third of a second of start-up on a small
   * machine (BENCHMARKS.md), most of it for DAOs the first requests do not use.
   */
  static <T> T onDemand(Jdbi jdbi, Class<T> daoType) {
    if (!jdbi.getConfig(Extensions.class).hasExtensionFor(daoType)) {
      throw new IllegalArgumentException(daoType + " is not a SqlObject");
    }
    return daoType.cast(
        Proxy.newProxyInstance(
            daoType.getClassLoader(),
            new Class<?>[] {daoType},
            new AttachedOnFirstCall(jdbi, daoType)));
  }

  private static Object attach(Jdbi jdbi, Class<?> daoType) {
    return jdbi.getConfig(Extensions.class)
        .findFor(daoType, new ScopedHandles(jdbi))
        .orElseThrow(() -> new IllegalArgumentException(daoType + " is not a SqlObject"));
  }

  /** Passes every call to the DAO, attaching it at the first. */
  private static final class AttachedOnFirstCall implements InvocationHandler {

    private final Jdbi jdbi;
    private final Class<?> daoType;
    private volatile Object dao;

    AttachedOnFirstCall(Jdbi jdbi, Class<?> daoType) {
      this.jdbi = jdbi;
      this.daoType = daoType;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> daoType.getSimpleName() + " (attached on first call)";
        };
      }
      try {
        return method.invoke(dao(), args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private Object dao() {
      Object attached = dao;
      if (attached == null) {
        synchronized (this) {
          attached = dao;
          if (attached == null) {
            attached = attach(jdbi, daoType);
            dao = attached;
          }
        }
      }
      return attached;
    }
  }

  /** The handle of Jdbi's handle scope on the calling thread, or a pooled one for one call. */
  private static final class ScopedHandles implements HandleSupplier {

    private final Jdbi jdbi;

    ScopedHandles(Jdbi jdbi) {
      this.jdbi = jdbi;
    }

    @Override
    public Handle getHandle() {
      HandleSupplier scoped = jdbi.getHandleScope().get();
      if (scoped == null) {
        throw new IllegalStateException("a DAO method ran outside any handle");
      }
      return scoped.getHandle();
    }

    @Override
    public Jdbi getJdbi() {
      return jdbi;
    }

    @Override
    public ConfigRegistry getConfig() {
      return jdbi.getConfig();
    }

    @Override
    public <V> V invokeInContext(ExtensionContext context, Callable<V> task) throws Exception {
      HandleSupplier scoped = jdbi.getHandleScope().get();
      if (scoped != null) {
        return scoped.invokeInContext(context, task);
      }
      // withHandle puts the handle it opens in the scope for the call, and closes it after.
      return jdbi.withHandle(handle -> jdbi.getHandleScope().get().invokeInContext(context, task));
    }
  }
}
