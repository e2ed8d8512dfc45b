package dev.scribe.app;

/**
 * Scribe could not start, for a reason outside it: Slack unreachable, or not accepting the token.
 * The message names the setting to look at, in one line.
 */
public final class StartupException extends RuntimeException {

  StartupException(String message, Throwable cause) {
    super(message, cause);
  }

  StartupException(String message) {
    super(message);
  }
}
