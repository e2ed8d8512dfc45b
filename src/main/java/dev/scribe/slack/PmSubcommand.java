package dev.scribe.slack;

import java.util.List;

/**
 * One {@code /pm} subcommand. Handlers are thin: parse the arguments, call one service, reply. Bad
 * input is reported by throwing {@link dev.scribe.common.UserFacingException}; the dispatcher turns
 * it into an ephemeral message, so handlers never catch it themselves.
 */
public interface PmSubcommand {

  /** The words that select this subcommand, e.g. {@code ["event", "e"]}. */
  List<String> names();

  /** Lines for {@code /pm help}: usage and a one-line description, with an example. */
  List<String> help();

  /** Handles {@code /pm NAME ARGS}; {@code args} is the text after the name, stripped. */
  Reply handle(PmRequest request, String args);
}
