package dev.scribe.slack;

/**
 * Thrown by a subcommand, before it writes anything, when it cannot be carried out without a fact
 * Scribe does not know yet. The command is then taken as it is, acknowledged, and completed once
 * Slack tells the fact ({@link Deferrals}).
 */
public final class FactNeeded extends RuntimeException {

  /** What a request may wait for. */
  public enum Fact {
    /** The user's time zone ({@code users.info}): to read a clock time they typed. */
    ZONE("zone"),
    /** The user's role in the workspace ({@code users.info}): for admin-only commands. */
    ROLE("role"),
    /** The members of the workspace's admin group ({@code usergroups.users.list}). */
    ADMIN_GROUP("admin-group");

    private final String stored;

    Fact(String stored) {
      this.stored = stored;
    }

    /** The name kept with a waiting request. */
    public String stored() {
      return stored;
    }

    public static Fact ofStored(String name) {
      for (Fact fact : values()) {
        if (fact.stored.equals(name)) {
          return fact;
        }
      }
      throw new IllegalArgumentException("not a fact: " + name);
    }
  }

  private final Fact fact;

  public FactNeeded(Fact fact) {
    super("waiting for " + fact.stored(), null, false, false);
    this.fact = fact;
  }

  public Fact fact() {
    return fact;
  }
}
