package dev.scribe.postmortem;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.Severity;
import java.util.Arrays;
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
      Optional<String> value = rawValue(source, field).map(display::markdown);
      views.put(Display.camel(field.name()), view(field, value));
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

  private static Optional<String> rawValue(DraftSource source, IncidentField field) {
    Incident incident = source.incident();
    return switch (field) {
      case TITLE -> Optional.of(incident.title());
      case SEVERITY -> incident.severityIfSet().map(FieldViews::severity);
      case OWNER -> incident.owner().map(source::nameOf);
      default -> source.field(field);
    };
  }

  private static FieldView view(IncidentField field, Optional<String> value) {
    String prompt =
        "✍️ _To fill in: "
            + field.description()
            + " — `/pm set "
            + field.key()
            + " "
            + field.example()
            + "`_";
    if (value.isEmpty()) {
      String inline = "✍️ _to fill in (`/pm set " + field.key() + "`)_";
      return new FieldView(field.key(), false, "", "> " + prompt, inline, List.of(), prompt);
    }
    String text = value.get();
    return new FieldView(field.key(), true, text, text, Display.cell(text), items(text), prompt);
  }

  private static List<String> items(String text) {
    return Arrays.stream(text.split("\\R|;"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Display::cell)
        .toList();
  }
}
