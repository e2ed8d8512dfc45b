package dev.scribe.slack;

import dev.scribe.common.UserFacingException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who typed a {@code /pm} command, where, and what Scribe knows of them.
 *
 * @param teamId Slack workspace
 * @param channelId channel the command was typed in
 * @param userId who typed it
 * @param userZone the user's Slack time zone (or the configured default when unknown)
 * @param triggerId lets a handler open a modal, may be null
 * @param facts what Scribe knows of the user without asking Slack
 */
public record PmRequest(
    String teamId,
    String channelId,
    String userId,
    ZoneId userZone,
    String triggerId,
    UserFacts facts) {

  /** Two zones 25 hours apart: a reading that differs between them depends on the zone. */
  private static final ZoneId FAR_EAST = ZoneId.of("Pacific/Kiritimati");

  private static final ZoneId FAR_WEST = ZoneId.of("Pacific/Pago_Pago");

  public PmRequest {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(userZone, "userZone");
    Objects.requireNonNull(facts, "facts");
  }

  /** A request from a user whose zone is known to be {@code userZone}, and nothing else. */
  public PmRequest(
      String teamId, String channelId, String userId, ZoneId userZone, String triggerId) {
    this(
        teamId,
        channelId,
        userId,
        userZone,
        triggerId,
        new UserFacts(Optional.of(userZone), Optional.empty()));
  }

  /**
   * Reads what the user typed in their zone. When their zone is not known yet and the reading
   * depends on it (a clock time without a zone, "friday"), the command must wait for it: {@link
   * FactNeeded}. What does not depend on it ({@code -15m}, {@code 14:03 UTC}, an ISO time with an
   * offset, no time at all) never waits. Bad input is reported at once either way.
   */
  public <T> T inUserZone(Function<ZoneId, T> read) {
    if (facts.zone().isPresent()) {
      return read.apply(userZone);
    }
    Optional<T> east = attempt(read, FAR_EAST);
    Optional<T> west = attempt(read, FAR_WEST);
    if (east.isPresent() != west.isPresent()
        || (east.isPresent() && !east.get().equals(west.get()))) {
      throw new FactNeeded(FactNeeded.Fact.ZONE);
    }
    return read.apply(userZone);
  }

  private static <T> Optional<T> attempt(Function<ZoneId, T> read, ZoneId zone) {
    try {
      return Optional.of(read.apply(zone));
    } catch (UserFacingException e) {
      return Optional.empty();
    }
  }
}
