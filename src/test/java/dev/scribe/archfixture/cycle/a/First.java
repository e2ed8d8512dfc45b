package dev.scribe.archfixture.cycle.a;

/** Half of a package cycle the architecture test must see: a uses b. */
public final class First {

  private First() {}

  public static int next() {
    return dev.scribe.archfixture.cycle.b.Second.value() + 1;
  }
}
