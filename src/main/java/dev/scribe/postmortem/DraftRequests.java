package dev.scribe.postmortem;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserDirectory;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.outbox.Outbox;
import dev.scribe.review.Review;
import dev.scribe.review.ReviewService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Drafts asked for in Slack: the request is stored in the outbox before it is acknowledged, and the
 * draft is made from the database when the outbox's turn for it comes, so that Slack being down or
 * Scribe restarting delays a draft but does not lose it.
 */
public final class DraftRequests {

  private final IncidentRepository incidents;
  private final PostmortemService postmortems;
  private final Outbox outbox;
  private final ReviewService reviews;
  private final Transactor transactor;
  private final Clock clock;

  public DraftRequests(
      IncidentRepository incidents,
      PostmortemService postmortems,
      Outbox outbox,
      ReviewService reviews,
      Transactor transactor,
      Clock clock) {
    this.incidents = incidents;
    this.postmortems = postmortems;
    this.outbox = outbox;
    this.reviews = reviews;
    this.transactor = transactor;
    this.clock = clock;
  }

  /**
   * Owes the channel the incident's draft (and, with {@code canvas}, its canvas), and makes it the
   * post-mortem's next version, all in one transaction; {@code requestId} (the slash command's
   * trigger) makes a repeated request one, and one version.
   *
   * @return the post-mortem's review with the version this draft is
   */
  public Review request(
      Incident incident,
      String requesterId,
      String template,
      ZoneId zone,
      String requestId,
      boolean canvas) {
    DraftJob job =
        new DraftJob(
            incident.id(), incident.publicId(), incident.channelId(), requesterId, template, zone);
    String team = incident.teamId();
    return transactor.inTransaction(
        () -> {
          Instant now = clock.instant();
          boolean fresh = outbox.enqueue(DraftJob.FILE.message(team, requestId, job), now);
          if (canvas) {
            outbox.enqueue(DraftJob.CANVAS.message(team, canvasKey(job, requestId), job), now);
          }
          return fresh ? reviews.drafted(incident, requesterId).review() : reviews.review(incident);
        });
  }

  /**
   * The draft made now from the database, names from {@code users}.
   *
   * @throws UserFacingException when it cannot be made (the incident or the template is gone)
   */
  public MadeDraft make(String teamId, DraftJob job, UserDirectory users) {
    Incident incident =
        incidents
            .byId(teamId, job.incidentId())
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "the incident " + job.incidentPublicId() + " is no longer there."));
    DraftService drafts = postmortems.drafts(teamId);
    DraftSource source = postmortems.source(incident, users, job.zone());
    return new MadeDraft(
        incident,
        drafts.markdown(source, job.template()),
        drafts.timelinePng(source),
        drafts.summaryLine(source));
  }

  /** The channel's canvas, as Scribe recorded it when it last created or replaced it there. */
  public Optional<String> knownCanvas(String teamId, String channelId) {
    return outbox.latestSentRef(teamId, DraftJob.CANVAS, channelId + "/");
  }

  /** Canvas keys start with the channel, so that the channel's latest canvas can be found. */
  private static String canvasKey(DraftJob job, String requestId) {
    return job.channelId() + "/" + requestId;
  }
}
