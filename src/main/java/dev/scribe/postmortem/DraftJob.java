package dev.scribe.postmortem;

import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.RetryPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A post-mortem draft owed to an incident channel since {@code /pm draft} was accepted. The draft
 * is made when its turn comes, from what the database holds then.
 *
 * @param incidentId the incident's storage id
 * @param incidentPublicId its public id, for the messages about it
 * @param channelId where the draft goes
 * @param requesterId who asked, and who is told if it cannot be posted
 * @param template the template's name
 * @param zone the requester's zone, in which the draft shows times
 */
public record DraftJob(
    long incidentId,
    String incidentPublicId,
    String channelId,
    String requesterId,
    String template,
    ZoneId zone) {

  private static final RetryPolicy A_DAY =
      new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), 200, Duration.ofHours(24));

  /** The Markdown file and the timeline picture, posted to the channel: tried for a day. */
  public static final MessageKind<DraftJob> FILE =
      new MessageKind<>("draft", DraftJob.class, A_DAY);

  /** The draft as the channel's canvas, created or replaced: tried for a day. */
  public static final MessageKind<DraftJob> CANVAS =
      new MessageKind<>("draft-canvas", DraftJob.class, A_DAY);

  public DraftJob {
    Objects.requireNonNull(incidentPublicId, "incidentPublicId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(requesterId, "requesterId");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(zone, "zone");
  }
}
