package dev.scribe.slack.actions;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.scribe.actions.IncidentAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The "Change due date" modal: a date picker, and where the reminder message it came from is. */
final class DueDateModal {

  static final String CALLBACK_ID = "scribe_action_due_modal";
  static final String BLOCK = "due";
  static final String PICKER = "date";

  private DueDateModal() {}

  /** Which item, and which message to update afterwards: carried in the view's private metadata. */
  record Origin(long itemId, String channelId, String messageTs) {
    private static final String HOME = "home";

    /** A button on App Home: no message to update. */
    static Origin home(long itemId) {
      return new Origin(itemId, HOME, "-");
    }

    boolean onHome() {
      return HOME.equals(channelId);
    }

    String encode() {
      return itemId + "|" + channelId + "|" + messageTs;
    }

    static Optional<Origin> decode(String text) {
      String[] parts = text == null ? new String[0] : text.split("\\|");
      if (parts.length != 3 || !parts[0].matches("\\d+")) {
        return Optional.empty();
      }
      return Optional.of(new Origin(Long.parseLong(parts[0]), parts[1], parts[2]));
    }
  }

  /**
   * @param shown makes the item's line safe to show the person who clicked
   */
  static View of(IncidentAction a, Origin origin, LocalDate today, UnaryOperator<String> shown) {
    LocalDate initial = a.item().due().filter(d -> !d.isBefore(today)).orElse(today.plusDays(7));
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(origin.encode())
                .title(viewTitle(t -> t.type("plain_text").text("Change due date")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        section(
                            s ->
                                s.text(
                                    markdownText(
                                        shown.apply(ActionItemText.lineWithIncident(a, today))))),
                        input(
                            i ->
                                i.blockId(BLOCK)
                                    .label(plainText("New due date"))
                                    .element(
                                        datePicker(
                                            d ->
                                                d.actionId(PICKER)
                                                    .initialDate(initial.toString())))))));
  }

  /** The date picked, if any. */
  static Optional<LocalDate> picked(View view) {
    Optional<String> date =
        Optional.ofNullable(view.getState())
            .map(ViewState::getValues)
            .map(values -> values.getOrDefault(BLOCK, Map.of()).get(PICKER))
            .map(ViewState.Value::getSelectedDate);
    return date.map(LocalDate::parse);
  }
}
