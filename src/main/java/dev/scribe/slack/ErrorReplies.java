package dev.scribe.slack;

import dev.scribe.common.UserFacingException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become what the user reads: short, friendly, never a stack trace.
 */
final class ErrorReplies {

  private static final Logger log = LoggerFactory.getLogger(ErrorReplies.class);

  private ErrorReplies() {}

  public static Reply of(UserFacingException e) {
    String example = e.example().map(x -> "\nFor example: `" + x + "`").orElse("");
    return Reply.ephemeral(":warning: " + e.problem() + example);
  }

  /** An unexpected failure: logged with a reference the user can quote. */
  public static Reply unexpected(RuntimeException e, String what) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("Unexpected failure handling {} (reference {})", what, reference, e);
    return Reply.ephemeral(
        ":x: Something went wrong on Scribe's side (reference `"
            + reference
            + "`). Check `/pm timeline` before trying again, and tell your Scribe admin if it keeps happening.");
  }
}
