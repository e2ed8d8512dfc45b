package dev.scribe.slack.incident;

import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.recording.IncidentFieldService;
import dev.scribe.recording.IncidentService;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.slack.SlackFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /pm set FIELD VALUE}; {@code /pm set} alone lists the fields and what is filled in. */
public final class SetCommand implements PmSubcommand {

  static final String EXAMPLE =
      "/pm set summary A bad config push made checkout return 500s for 47 minutes.";

  private final IncidentService incidents;
  private final IncidentFieldService fields;

  public SetCommand(IncidentService incidents, IncidentFieldService fields) {
    this.incidents = incidents;
    this.fields = fields;
  }

  @Override
  public List<String> names() {
    return List.of("set");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm set FIELD VALUE` fills a field of the post-mortem (title, severity, owner, summary, impact, "
            + "root-cause, lessons…; `/pm set` lists them) — `/pm set severity sev2`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    if (args.isBlank()) {
      return Reply.ephemeral(fieldList(incidents.current(request.teamId(), request.channelId())));
    }
    String[] parts = args.split("\\s+", 2);
    IncidentField field =
        IncidentField.fromKey(parts[0])
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "`"
                            + parts[0]
                            + "` is not a field. Fields: "
                            + Arrays.stream(IncidentField.values())
                                .map(IncidentField::key)
                                .collect(Collectors.joining(", "))
                            + ".",
                        EXAMPLE));
    String value = parts.length > 1 ? parts[1] : "";
    Optional<String> previous =
        fields.set(request.teamId(), request.channelId(), request.userId(), field, value);
    Incident incident = incidents.current(request.teamId(), request.channelId());
    String was = previous.map(p -> "\n_was: " + abbreviate(p) + "_").orElse("");
    return Reply.confirmation(
        ":memo: "
            + incident.publicId()
            + " · *"
            + field.key()
            + "* set by <@"
            + request.userId()
            + ">: "
            + abbreviate(value.strip())
            + was);
  }

  private String fieldList(Incident incident) {
    var filled = fields.fields(incident);
    StringBuilder text =
        new StringBuilder(SlackFormat.heading(incident))
            .append("\nFields (`/pm set FIELD VALUE`):");
    for (IncidentField field : IncidentField.values()) {
      String current =
          switch (field) {
            case TITLE -> incident.title();
            case SEVERITY -> incident.severityIfSet().map(Enum::name).orElse(null);
            case OWNER -> incident.owner().map(o -> "<@" + o + ">").orElse(null);
            case FACILITATOR ->
                Optional.ofNullable(filled.get(field)).map(SetCommand::person).orElse(null);
            case REVIEWERS, DOC_STATUS -> "set by `/pm review` and `/pm approve`";
            default -> filled.get(field);
          };
      text.append("\n• `")
          .append(field.key())
          .append("` ")
          .append(field.description())
          .append(current == null ? " — _not set_" : " — " + abbreviate(current));
    }
    return text.toString();
  }

  /** A stored user id as a mention (Slack shows the name); text from before ids, as it was. */
  private static String person(String stored) {
    return stored.matches("[UW][A-Z0-9]+") ? "<@" + stored + ">" : stored;
  }

  private static String abbreviate(String value) {
    String oneLine = value.replace('\n', ' ');
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 199) + "…";
  }
}
