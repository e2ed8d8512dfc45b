package dev.scribe;

/** Entry point; the composition root lives in {@code ScribeApplication}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("Scribe");
  }
}
