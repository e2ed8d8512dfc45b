package dev.scribe.archfixture.cycle.b;

/** The other half: b uses a. */
public final class Second {

  private Second() {}

  public static int value() {
    return 1;
  }

  public static int viaFirst() {
    return dev.scribe.archfixture.cycle.a.First.next();
  }
}
