package dev.scribe.common;

/**
 * Scribe could not take the work in time (its writes are queued beyond what it accepts, or it is
 * shutting down); nothing of it was written, so trying again later is safe.
 */
public final class BusyException extends UserFacingException {

  public BusyException() {
    super(
        "Scribe is busy recording what others sent just now, so this was *not* recorded."
            + " Please send it again in a few seconds.");
  }
}
