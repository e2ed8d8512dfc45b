package dev.scribe.slack.timeline;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.scribe.common.Times;
import dev.scribe.incident.Incident;
import dev.scribe.recording.MessageCaptureService;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Add to incident timeline" modal: which incident, which marker, and the words (prefilled with
 * the message's own, in a plain-text box where nothing is live). The message it came from travels
 * in the view's private metadata; its text does not, so the metadata stays small.
 */
final class AddToTimelineModal {

  static final String CALLBACK_ID = "scribe_add_to_timeline_modal";
  static final String INCIDENT = "incident";
  static final String MARKER = "marker";
  static final String TEXT = "text";

  /** Slack's limits: option text 75 characters, modal title 24. */
  private static final int OPTION_CHARS = 75;

  private AddToTimelineModal() {}

  /** The message the modal is about, as carried in its private metadata. */
  record Origin(MessageRef message, String threadTs, String authorId, String teamDomain) {

    String encode() {
      return String.join(
          "|",
          message.channelId(),
          message.ts(),
          orEmpty(threadTs),
          orEmpty(authorId),
          orEmpty(teamDomain));
    }

    static Optional<Origin> decode(String text) {
      String[] parts = text == null ? new String[0] : text.split("\\|", -1);
      if (parts.length != 5) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new Origin(
                new MessageRef(parts[0], parts[1]),
                blankToNull(parts[2]),
                blankToNull(parts[3]),
                blankToNull(parts[4])));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    /**
     * The message's link built from what Slack sent: the workspace's domain, the channel and the ts
     * (and the thread for a reply), as Slack's own permalinks are. Empty without a domain.
     */
    Optional<String> permalink() {
      if (teamDomain == null || !teamDomain.matches("[a-z0-9][a-z0-9-]{0,62}")) {
        return Optional.empty();
      }
      String link =
          "https://"
              + teamDomain
              + ".slack.com/archives/"
              + message.channelId()
              + "/p"
              + message.ts().replace(".", "");
      boolean reply = threadTs != null && !threadTs.equals(message.ts());
      return Optional.of(
          reply ? link + "?thread_ts=" + threadTs + "&cid=" + message.channelId() : link);
    }

    private static String orEmpty(String s) {
      return s == null ? "" : s.replace("|", "");
    }

    private static String blankToNull(String s) {
      return s.isBlank() ? null : s;
    }
  }

  /**
   * @param existing the message's event on the default incident, if it is there already
   */
  static View of(
      Origin origin,
      String messageText,
      MessageCaptureService.Choices choices,
      Optional<TimelineEvent> existing) {
    if (choices.incidents().isEmpty()) {
      return nothingToAddTo(origin);
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(context(List.of(markdownText(from(origin)))));
    existing.ifPresent(
        e ->
            blocks.add(
                context(
                    List.of(
                        markdownText(
                            "Already on *"
                                + choices.channelIncident().orElseThrow().publicId()
                                + "* as event #"
                                + e.number()
                                + "; saving updates it.")))));
    List<OptionObject> incidents =
        choices.incidents().stream().map(i -> incidentOption(i)).toList();
    Optional<OptionObject> chosen = choices.channelIncident().map(i -> incidentOption(i));
    blocks.add(
        input(
            i ->
                i.blockId(INCIDENT)
                    .label(plainText("Incident"))
                    .element(
                        staticSelect(
                            s -> {
                              s.actionId(INCIDENT)
                                  .placeholder(plainText("Pick an incident"))
                                  .options(incidents);
                              chosen.ifPresent(s::initialOption);
                              return s;
                            }))));
    List<OptionObject> markers = Arrays.stream(Marker.values()).map(m -> markerOption(m)).toList();
    OptionObject marker = markerOption(existing.map(TimelineEvent::marker).orElse(Marker.NOTE));
    blocks.add(
        input(
            i ->
                i.blockId(MARKER)
                    .label(plainText("Marker"))
                    .element(
                        staticSelect(
                            s -> s.actionId(MARKER).options(markers).initialOption(marker)))));
    String words = existing.map(TimelineEvent::text).orElse(messageText);
    blocks.add(
        input(
            i ->
                i.blockId(TEXT)
                    .label(plainText("What happened"))
                    .hint(plainText("Trim it to what matters; the time stays the message's own."))
                    .element(
                        plainTextInput(
                            p ->
                                p.actionId(TEXT)
                                    .multiline(true)
                                    .maxLength(MessageCaptureService.MAX_TEXT_LENGTH)
                                    .initialValue(cut(words))))));
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(origin.encode())
                .title(viewTitle(t -> t.type("plain_text").text("Add to timeline")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Add")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }

  private static View nothingToAddTo(Origin origin) {
    return nothingToSave(
        "There is no open or recently resolved incident to add this message to. Start one in the"
            + " incident's channel with `/pm start TITLE`, then try again.",
        from(origin));
  }

  /** For a message Scribe posted: nothing to save, and where to use the shortcut instead. */
  static View scribesOwnMessage(Origin origin) {
    return nothingToSave(
        "This is Scribe's own message: what it confirms or reminds of is recorded already, and a"
            + " copy on the timeline would say it twice. Use the shortcut on the message it is"
            + " about instead.",
        "In <#" + origin.message().channelId() + ">.");
  }

  /** A modal that only explains: no submit button, so nothing can be saved from it. */
  private static View nothingToSave(String why, String where) {
    return view(
        v ->
            v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Add to timeline")))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(
                    List.of(
                        section(s -> s.text(markdownText(why))),
                        context(List.of(markdownText(where))))));
  }

  /** What the modal says once the message is on the timeline. */
  static View done(MessageCaptureService.Captured captured, boolean changed) {
    TimelineEvent e = captured.event();
    String marker = e.marker().isNote() ? "a note" : "*" + e.marker().display() + "*";
    String text =
        captured.created()
            ? ":white_check_mark: Added to *"
                + captured.incident().publicId()
                + "* as event #"
                + e.number()
                + ", "
                + marker
                + ", at "
                + date(e)
                + ": the message's own time."
            : ":pencil2: This message is already event #"
                + e.number()
                + " of *"
                + captured.incident().publicId()
                + "*"
                + (changed ? "; its marker and words are updated." : "; nothing changed.");
    return view(
        v ->
            v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Added to timeline")))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(List.of(section(s -> s.text(markdownText(text))))));
  }

  /** The chosen incident's id, marker and words, as the submission carries them. */
  record Choice(Optional<Long> incidentId, Marker marker, String text) {
    static Choice of(View view) {
      Map<String, Map<String, ViewState.Value>> values =
          view.getState() == null || view.getState().getValues() == null
              ? Map.of()
              : view.getState().getValues();
      Optional<String> incident = selected(values, INCIDENT);
      Marker marker =
          selected(values, MARKER).flatMap(AddToTimelineModal::marker).orElse(Marker.NOTE);
      String text =
          Optional.ofNullable(values.getOrDefault(TEXT, Map.of()).get(TEXT))
              .map(ViewState.Value::getValue)
              .orElse("");
      return new Choice(
          incident.filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong), marker, text);
    }

    private static Optional<String> selected(
        Map<String, Map<String, ViewState.Value>> values, String block) {
      return Optional.ofNullable(values.getOrDefault(block, Map.of()).get(block))
          .map(ViewState.Value::getSelectedOption)
          .map(ViewState.SelectedOption::getValue);
    }
  }

  private static Optional<Marker> marker(String value) {
    return Arrays.stream(Marker.values()).filter(m -> m.name().equals(value)).findFirst();
  }

  private static OptionObject incidentOption(Incident i) {
    String label = i.publicId() + " · " + i.title() + (i.isOpen() ? "" : " (resolved)");
    return option(plainText(cut(label, OPTION_CHARS)), Long.toString(i.id()));
  }

  private static OptionObject markerOption(Marker m) {
    String label = m.isNote() ? "note (no marker)" : m.display() + " — " + m.meaning();
    return option(plainText(cut(label, OPTION_CHARS)), m.name());
  }

  private static String from(Origin origin) {
    String author = origin.authorId();
    String who =
        author == null ? "someone" : author.startsWith("B") ? "an app" : "<@" + author + ">";
    return "From "
        + who
        + " in <#"
        + origin.message().channelId()
        + ">, posted "
        + "<!date^"
        + origin.message().postedAt().getEpochSecond()
        + "^{date_short_pretty} {time_secs}|"
        + Times.utc(origin.message().postedAt())
        + ">. It is recorded at that time.";
  }

  private static String date(TimelineEvent e) {
    return "<!date^"
        + e.occurredAt().getEpochSecond()
        + "^{date_short_pretty} {time_secs}|"
        + Times.utc(e.occurredAt())
        + ">";
  }

  private static String cut(String text) {
    return cut(text, MessageCaptureService.MAX_TEXT_LENGTH);
  }

  private static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
