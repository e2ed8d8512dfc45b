package dev.scribe.demo;

/**
 * An {@code ok:false} answer with Slack's error code, thrown by a fake method and written by the
 * server.
 */
final class SlackError extends RuntimeException {
  private final String error;

  SlackError(String error) {
    super(error, null, false, false);
    this.error = error;
  }

  String error() {
    return error;
  }
}
