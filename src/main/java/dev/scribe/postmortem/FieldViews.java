package dev.scribe.postmortem;

import dev.scribe.common.TextPart;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.Severity;
import dev.scribe.review.Reviewer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code /pm set} fields as the draft shows them: the team's words, or a prompt. */
final class FieldViews {

  private FieldViews() {}

  static Map<String, FieldView> of(DraftSource source, Display display) {
    Map<String, FieldView> views = new HashMap<>();
    for (IncidentField field : IncidentField.values()) {
      views.put(Display.camel(field.name()), view(field, written(source, field, display)));
    }
    return views;
  }

  static String severity(Severity severity) {
    return severity.name() + " (" + severity.description() + ")";
  }

  /** The field as written: what was typed, or the words Scribe knows it by. */
  private static Optional<List<TextPart>> written(
      DraftSource source, IncidentField field, Display display) {
    Incident incident = source.incident();
    return switch (field) {
      case TITLE -> Optional.of(display.parts(incident.title()));
      case SEVERITY -> incident.severityIfSet().map(s -> words(severity(s)));
      case OWNER -> incident.owner().map(source::nameOf).map(FieldViews::words);
      case FACILITATOR -> source.field(field).map(source::nameOf).map(FieldViews::words);
      case REVIEWERS -> reviewerNames(source).map(FieldViews::words);
      case DOC_STATUS -> Optional.of(words(source.review().status().display()));
      default -> source.field(field).map(display::parts);
    };
  }

  /** People are stored as Slack user ids and shown by name; reviewers are those asked. */
  private static Optional<String> reviewerNames(DraftSource source) {
    List<String> ids = source.review().reviewers().stream().map(Reviewer::userId).toList();
    return ids.isEmpty()
        ? Optional.empty()
        : Optional.of(ids.stream().map(source::nameOf).collect(Collectors.joining(", ")));
  }

  private static List<TextPart> words(String text) {
    return List.of(new TextPart.Words(text));
  }

  private static FieldView view(IncidentField field, Optional<List<TextPart>> written) {
    // Reviewers are asked with /pm review, not set.
    boolean asked = field == IncidentField.REVIEWERS;
    String command =
        asked ? "/pm review " + field.example() : "/pm set " + field.key() + " " + field.example();
    String prompt = "✍️ _To fill in: " + field.description() + " — `" + command + "`_";
    if (written.isEmpty()) {
      String inline =
          "✍️ _to fill in (`" + (asked ? "/pm review @name" : "/pm set " + field.key()) + "`)_";
      return new FieldView(field.key(), false, "", "> " + prompt, inline, List.of(), prompt);
    }
    List<TextPart> value = written.get();
    String inline = Markdown.inline(value);
    return new FieldView(
        field.key(), true, inline, Markdown.block(value), inline, Markdown.items(value), prompt);
  }
}
