package dev.scribe.postmortem;

import dev.scribe.common.TextPart;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  /** "Final" from "final", "In Review" from "in-review"; "Draft" otherwise. */
  static String documentStatus(DraftSource source) {
    String word =
        source
            .field(IncidentField.DOC_STATUS)
            .orElse("draft")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s_-]", "");
    return switch (word) {
      case "final", "approved" -> "Final";
      case "inreview", "review" -> "In Review";
      default -> "Draft";
    };
  }

  /** The field as written: what was typed, or the words Scribe knows it by. */
  private static Optional<List<TextPart>> written(
      DraftSource source, IncidentField field, Display display) {
    Incident incident = source.incident();
    return switch (field) {
      case TITLE -> Optional.of(display.parts(incident.title()));
      case SEVERITY -> incident.severityIfSet().map(s -> words(severity(s)));
      case OWNER -> incident.owner().map(source::nameOf).map(FieldViews::words);
      default -> source.field(field).map(display::parts);
    };
  }

  private static List<TextPart> words(String text) {
    return List.of(new TextPart.Words(text));
  }

  private static FieldView view(IncidentField field, Optional<List<TextPart>> written) {
    String prompt =
        "✍️ _To fill in: "
            + field.description()
            + " — `/pm set "
            + field.key()
            + " "
            + field.example()
            + "`_";
    if (written.isEmpty()) {
      String inline = "✍️ _to fill in (`/pm set " + field.key() + "`)_";
      return new FieldView(field.key(), false, "", "> " + prompt, inline, List.of(), prompt);
    }
    List<TextPart> value = written.get();
    String inline = Markdown.inline(value);
    return new FieldView(
        field.key(), true, inline, Markdown.block(value), inline, Markdown.items(value), prompt);
  }
}
