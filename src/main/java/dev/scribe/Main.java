package dev.scribe;

import dev.scribe.cli.ScribeCli;
import java.time.Clock;

/** Entry point of {@code scribe.jar}: the command line reads the environment once, here. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // The timeline picture is drawn with Java2D; Scribe never has a display.
    System.setProperty("java.awt.headless", "true");
    int code =
        new ScribeCli(System.getenv(), Clock.systemUTC(), System.out, System.err).execute(args);
    if (code != 0 || !isServe(args)) {
      System.exit(code);
    }
  }

  private static boolean isServe(String[] args) {
    return args.length == 0 || args[0].equals("serve");
  }
}
