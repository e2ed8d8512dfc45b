package dev.scribe.recording;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.incident.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a team writes into its incident with {@code /pm set}: title, severity and owner, and the
 * free-text fields each draft section is filled from. Every change is kept in the history.
 */
public final class IncidentFieldService {

  static final int MAX_FIELD_LENGTH = 3_000;

  private final IncidentRepository incidents;
  private final IncidentService incidentService;
  private final Transactor transactor;
  private final Clock clock;

  public IncidentFieldService(
      IncidentRepository incidents,
      IncidentService incidentService,
      Transactor transactor,
      Clock clock) {
    this.incidents = incidents;
    this.incidentService = incidentService;
    this.transactor = transactor;
    this.clock = clock;
  }

  /** The free-text fields set so far. */
  public Map<IncidentField, String> fields(Incident incident) {
    return incidents.fields(incident.teamId(), incident.id());
  }

  /**
   * Sets a field of the channel's current incident and returns its previous value, so the reply can
   * show what was replaced (nothing written is lost: the history keeps every version).
   */
  public Optional<String> set(
      String teamId, String channelId, String userId, IncidentField field, String value) {
    if (field.isSetByReview()) {
      throw new UserFacingException(
          field == IncidentField.REVIEWERS
              ? "Reviewers are asked with `/pm review @name …`: it tells them, and the post-mortem is"
                  + " Final once they all `/pm approve`."
              : "The post-mortem's status follows its review: `/pm review @name` puts it In Review,"
                  + " and it is Final once every reviewer has run `/pm approve`.",
          "/pm review @lee @kim");
    }
    String clean = value.strip();
    if (clean.isEmpty()) {
      throw new UserFacingException(
          "Give a value for `" + field.key() + "`.",
          "/pm set " + field.key() + " " + field.example());
    }
    if (clean.length() > MAX_FIELD_LENGTH) {
      throw new UserFacingException(
          "That value is "
              + clean.length()
              + " characters; a field holds at most "
              + MAX_FIELD_LENGTH
              + ".",
          "/pm set " + field.key() + " " + field.example());
    }
    return transactor.inTransaction(
        () -> {
          Incident incident = incidentService.current(teamId, channelId);
          Instant now = clock.instant();
          return switch (field) {
            case TITLE ->
                setColumn(
                    incident,
                    "title",
                    incident.title(),
                    IncidentService.checkTitle(clean),
                    userId,
                    now,
                    incident.withTitle(IncidentService.checkTitle(clean)));
            case SEVERITY -> {
              Severity severity =
                  Severity.parse(clean)
                      .orElseThrow(
                          () ->
                              new UserFacingException(
                                  "`" + clean + "` is not a severity: use 1 (worst) to 5.",
                                  "/pm set severity sev2"));
              yield setColumn(
                  incident,
                  "severity",
                  String.valueOf(incident.severity()),
                  severity.name(),
                  userId,
                  now,
                  incident.withSeverity(severity));
            }
            case OWNER -> {
              String owner = person(field, clean);
              yield setColumn(
                      incident,
                      "owner",
                      incident.ownerId(),
                      owner,
                      userId,
                      now,
                      incident.withOwner(owner))
                  .map(id -> "<@" + id + ">");
            }
            case FACILITATOR -> {
              Optional<String> previous = Optional.ofNullable(fields(incident).get(field));
              incidents.putField(teamId, incident.id(), field, person(field, clean), userId, now);
              yield previous.map(id -> "<@" + id + ">");
            }
            default -> {
              Optional<String> previous = Optional.ofNullable(fields(incident).get(field));
              incidents.putField(teamId, incident.id(), field, clean, userId, now);
              yield previous;
            }
          };
        });
  }

  /** A person is stored as their Slack user id, whatever name Slack showed with it. */
  private static String person(IncidentField field, String mention) {
    return SlackUserMention.userId(mention)
        .orElseThrow(
            () ->
                new UserFacingException(
                    "Name the " + field.key() + " with an @mention.",
                    "/pm set " + field.key() + " " + field.example()));
  }

  private Optional<String> setColumn(
      Incident before,
      String name,
      String oldValue,
      String newValue,
      String userId,
      Instant at,
      Incident after) {
    incidents.save(after);
    incidents.recordChange(before.teamId(), before.id(), name, oldValue, newValue, userId, at);
    return Optional.ofNullable(oldValue).filter(v -> !v.equals("null"));
  }
}
