package dev.scribe.timeline;

/**
 * The command a WHEN belongs to, so an error can show a correct example of that very command.
 *
 * @param command e.g. "/pm event"
 * @param after what follows the WHEN in the example, e.g. " ack: on-call acknowledged the page"
 */
record Usage(String command, String after) {

  static final Usage EVENT = new Usage("/pm event", " ack: on-call acknowledged the page");
  static final Usage RESOLVE = new Usage("/pm resolve", "");

  /** "/pm event 14:03 ack: on-call acknowledged the page" for {@code when} = "14:03". */
  String example(String when) {
    return command + " " + when + after;
  }
}
