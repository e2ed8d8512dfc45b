package dev.scribe.postmortem;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.postmortem.ActionsView.ActionView;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Action items as table rows, grouped by kind. */
final class ActionViews {

  private ActionViews() {}

  static ActionsView of(List<ActionItem> items, Display display) {
    List<ActionView> all =
        items.stream()
            .sorted(Comparator.comparingInt(ActionItem::number))
            .map(item -> view(item, display))
            .toList();
    List<ActionsView.Group> groups =
        Arrays.stream(ActionKind.values()).map(kind -> group(kind, all)).toList();
    int open = (int) items.stream().filter(ActionItem::isOpen).count();
    return new ActionsView(
        all,
        groups,
        groups.get(ActionKind.SHORT_TERM.ordinal()).items(),
        groups.get(ActionKind.LONG_TERM.ordinal()).items(),
        groups.get(ActionKind.PROCESS.ordinal()).items(),
        all.size(),
        open,
        !all.isEmpty());
  }

  private static ActionsView.Group group(ActionKind kind, List<ActionView> all) {
    List<ActionView> items = all.stream().filter(a -> a.kind().equals(kind.word())).toList();
    return new ActionsView.Group(kind.word(), kind.heading(), items, items.isEmpty());
  }

  private static ActionView view(ActionItem item, Display display) {
    return new ActionView(
        item.number(),
        display.inline(item.text()),
        item.owner().map(display::name).orElse("✍️ _owner?_"),
        item.due().map(Object::toString).orElse("✍️ _due date?_"),
        item.priority().label(),
        item.status().name().toLowerCase(Locale.ROOT),
        item.ticketUrl() == null || item.ticketUrl().isBlank()
            ? "—"
            : display.inline(item.ticketUrl()),
        item.kind().word(),
        item.status() == ActionStatus.DONE);
  }
}
