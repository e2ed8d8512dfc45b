package dev.scribe.postmortem;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.Severity;
import dev.scribe.review.Reviewer;
import java.util.Arrays;
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
      Optional<String> value = rawValue(source, field).map(display::markdown);
      views.put(Display.camel(field.name()), view(field, value));
    }
    return views;
  }

  static String severity(Severity severity) {
    return severity.name() + " (" + severity.description() + ")";
  }

  private static Optional<String> rawValue(DraftSource source, IncidentField field) {
    Incident incident = source.incident();
    return switch (field) {
      case TITLE -> Optional.of(incident.title());
      case SEVERITY -> incident.severityIfSet().map(FieldViews::severity);
      case OWNER -> incident.owner().map(source::nameOf);
      case FACILITATOR -> source.field(field).map(source::nameOf);
      case REVIEWERS -> reviewerNames(source);
      case DOC_STATUS -> Optional.of(source.review().status().display());
      default -> source.field(field);
    };
  }

  /** People are stored as Slack user ids and shown by name; reviewers are those asked. */
  private static Optional<String> reviewerNames(DraftSource source) {
    List<String> ids = source.review().reviewers().stream().map(Reviewer::userId).toList();
    return ids.isEmpty()
        ? Optional.empty()
        : Optional.of(ids.stream().map(source::nameOf).collect(Collectors.joining(", ")));
  }

  private static FieldView view(IncidentField field, Optional<String> value) {
    String command =
        field == IncidentField.REVIEWERS
            ? "/pm review " + field.example()
            : "/pm set " + field.key() + " " + field.example();
    String prompt = "✍️ _To fill in: " + field.description() + " — `" + command + "`_";
    if (value.isEmpty()) {
      String inline =
          "✍️ _to fill in (`"
              + (field == IncidentField.REVIEWERS ? "/pm review @name" : "/pm set " + field.key())
              + "`)_";
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
