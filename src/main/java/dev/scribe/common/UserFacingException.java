package dev.scribe.common;

import java.util.Optional;

/**
 * A problem the user can fix, reported back to them in one short message with an example of the
 * right form. Thrown by the domain; turned into an ephemeral Slack reply (or a one-line CLI error)
 * in exactly one place per adapter.
 */
public class UserFacingException extends RuntimeException {

  private final String example;

  /**
   * @param problem what was wrong, in one sentence, e.g. "I couldn't read `25:00` as a time."
   * @param example a correct form, e.g. "/pm event 14:03 ack: on-call acknowledged", or null
   */
  public UserFacingException(String problem, String example) {
    super(problem);
    this.example = example;
  }

  public UserFacingException(String problem) {
    this(problem, null);
  }

  public String problem() {
    return getMessage();
  }

  public Optional<String> example() {
    return Optional.ofNullable(example);
  }
}
