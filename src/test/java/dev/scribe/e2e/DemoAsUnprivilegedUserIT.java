package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker run … scribe demo}, without Docker: the image runs the jar as uid 10001 in {@code
 * /app}, a folder owned by root. Here the built {@code target/scribe.jar} is copied into a
 * root-owned 0755 folder and run from it as uid 10001 (with {@code setpriv}, as root, which is how
 * CI runs); a developer who is not root is unprivileged already, and the folder is made read-only
 * (0555) instead. Nothing is skipped: as root without {@code setpriv} the test fails and says why.
 */
class DemoAsUnprivilegedUserIT {

  /** The image's user; like a {@code docker run --user} uid, it has no name on this machine. */
  static final int UID = 10001;

  private static final Pattern DRAFT = Pattern.compile("Post-mortem draft: (\\S+)");

  @TempDir Path root;
  Path app;
  Path tmp;
  boolean asRoot;

  @BeforeEach
  void anAppFolderTheUserCannotWrite() throws IOException, InterruptedException {
    asRoot = currentUid() == 0;
    app = Files.createDirectory(root.resolve("app"));
    tmp = Files.createDirectory(root.resolve("tmp"));
    Files.copy(builtJar(), app.resolve("scribe.jar"));
    Files.setPosixFilePermissions(
        app.resolve("scribe.jar"), PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        app, PosixFilePermissions.fromString(asRoot ? "rwxr-xr-x" : "r-xr-xr-x"));
    if (!asRoot) {
      assertThat(Files.isWritable(app)).as("a 0555 folder must not be writable").isFalse();
    }
  }

  @AfterEach
  void letJUnitRemoveIt() throws IOException {
    Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void inAFolderItCannotWriteTheDemoWritesToATemporaryFolderAndSaysWhere() throws Exception {
    Run run = demo();

    assertThat(run.exitCode).as(run::describe).isZero();
    assertThat(run.stderr)
        .contains("The current folder " + app.toRealPath() + " is not writable (permission denied)")
        .contains("the demo writes to " + tmp.resolve("scribe-demo-"));
    Path draft = draftIn(run);
    assertThat(draft).startsWith(tmp);
    assertThat(Files.readString(draft))
        .contains("Checkout errors for EU customers")
        .contains("| time to detect (MTTD) | 9 min");
    assertThat(draft.resolveSibling("scribe.db")).isNotEmptyFile();
    try (Stream<Path> files = Files.list(app)) {
      assertThat(files).containsExactly(app.resolve("scribe.jar"));
    }
    if (asRoot) {
      assertThat(Files.getAttribute(draft, "unix:uid")).as("written by uid %d", UID).isEqualTo(UID);
    }
  }

  @Test
  void aMountedFolderTheUserCanWriteKeepsTheOutput() throws Exception {
    // docker run --rm --user "$(id -u):$(id -g)" -v "$PWD/demo-out:/out" scribe demo --out /out
    Path out = Files.createDirectory(root.resolve("demo-out"));
    if (asRoot) {
      Files.setAttribute(out, "unix:uid", UID);
      Files.setAttribute(out, "unix:gid", UID);
    }

    Run run = demo("--out", out.toString());

    assertThat(run.exitCode).as(run::describe).isZero();
    assertThat(run.stderr).doesNotContain("not writable");
    assertThat(draftIn(run)).isEqualTo(out.resolve("INC-2026-001-post-mortem-draft.md"));
    assertThat(out.resolve("INC-2026-001-timeline.png")).isNotEmptyFile();
    assertThat(out.resolve("INC-2026-001.json")).isNotEmptyFile();
  }

  @Test
  void aFolderAskedForThatTheUserCannotWriteIsAOneLineError() throws Exception {
    Run run = demo("--out", app.toString());

    assertThat(run.exitCode).as(run::describe).isEqualTo(1);
    assertThat(run.stderr.strip().lines())
        .singleElement(STRING)
        .startsWith("scribe: cannot write the demo to " + app + " (permission denied) as ")
        .contains(asRoot ? "(uid " + UID + ")" : "(uid ")
        .endsWith("Make that folder writable for this user, or leave out --out.");
    assertThat(run.stdout).isEmpty();
  }

  private Run demo(String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(unprivileged());
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.io.tmpdir=" + tmp,
            "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true",
            "-jar",
            app.resolve("scribe.jar").toString(),
            "demo"));
    command.addAll(List.of(options));
    Path stdout = root.resolve("stdout.txt");
    Path stderr = root.resolve("stderr.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(app.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    builder.environment().put("HOME", tmp.toString());
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("the demo did not finish within 3 minutes: " + Files.readString(stderr));
    }
    return new Run(
        command,
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  /** The command prefix that runs a program as uid {@link #UID}; nothing when not root. */
  private List<String> unprivileged() {
    if (!asRoot) {
      return List.of();
    }
    Path setpriv =
        Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
            .map(dir -> Path.of(dir, "setpriv"))
            .filter(Files::isExecutable)
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "The tests run as root, and setpriv (util-linux) is not on the PATH: the"
                            + " demo cannot be run as an unprivileged user. Install util-linux."));
    return List.of(setpriv.toString(), "--reuid=" + UID, "--regid=" + UID, "--clear-groups", "--");
  }

  private static Path draftIn(Run run) {
    Matcher draft = DRAFT.matcher(run.stdout);
    assertThat(draft.find()).as(run::describe).isTrue();
    return Path.of(draft.group(1));
  }

  private static Path builtJar() {
    String jar = System.getProperty("scribe.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      fail(
          "No built jar at scribe.jar="
              + jar
              + ": this test runs in `mvn verify`, after `package` built target/scribe.jar.");
    }
    return Path.of(jar);
  }

  private static int currentUid() throws IOException, InterruptedException {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(id.waitFor()).as("id -u: %s", uid).isZero();
    return Integer.parseInt(uid);
  }

  private record Run(List<String> command, int exitCode, String stdout, String stderr) {
    String describe() {
      return String.join(" ", command)
          + "\nexit "
          + exitCode
          + "\n--- stdout\n"
          + stdout
          + "\n--- stderr\n"
          + stderr;
    }
  }
}
