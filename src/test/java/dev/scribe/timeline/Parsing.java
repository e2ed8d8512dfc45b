package dev.scribe.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scribe.common.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small factories shared by the parser tests. */
final class Parsing {

  static final ZoneId UTC = ZoneOffset.UTC;
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

  private Parsing() {}

  /** A parser whose clock stands still at {@code now} (ISO-8601, e.g. "2026-11-21T14:30:00Z"). */
  static EventInputParser at(String now) {
    return new EventInputParser(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
  }

  static Instant instant(String iso) {
    return Instant.parse(iso);
  }

  /** The user-facing error thrown, after checking it carries a command example. */
  static UserFacingException problem(ThrowingCallable call) {
    UserFacingException e = catchThrowableOfType(UserFacingException.class, call);
    assertThat(e).as("a UserFacingException").isNotNull();
    assertThat(e.example()).hasValueSatisfying(example -> assertThat(example).startsWith("/pm "));
    return e;
  }
}
