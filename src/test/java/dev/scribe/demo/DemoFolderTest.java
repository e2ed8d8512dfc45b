package dev.scribe.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the demo writes. A folder nobody can write in is stood in for by a path under a plain file
 * (root may write anywhere else); {@code DemoAsUnprivilegedUserIT} runs the real jar as an
 * unprivileged user in a root-owned folder.
 */
class DemoFolderTest {

  @TempDir Path dir;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();

  Path create(Path requested, Path workingDir) {
    return DemoFolder.create(
        requested, workingDir, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  String logged() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void byDefaultANewFolderInTheCurrentOne() {
    Path folder = create(null, dir);

    assertThat(folder).isDirectory().hasParent(dir.toAbsolutePath());
    assertThat(folder.getFileName().toString()).startsWith("scribe-demo-");
    assertThat(folder).isEmptyDirectory();
    assertThat(logged()).isEmpty();
  }

  @Test
  void aCurrentFolderThatCannotBeWrittenIsReplacedByATemporaryOneAndTheLogSaysWhere()
      throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

    Path folder = create(null, notAFolder);
    try {
      assertThat(folder)
          .isDirectory()
          .startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
      assertThat(folder.getFileName().toString()).startsWith("scribe-demo-");
      assertThat(logged())
          .contains("The current folder " + notAFolder.toAbsolutePath() + " is not writable")
          .contains("the demo writes to " + folder + " instead");
    } finally {
      Files.deleteIfExists(folder);
    }
  }

  @Test
  void theFolderAskedForIsUsedEvenIfItExists() throws IOException {
    Path out = Files.createDirectories(dir.resolve("demo-out"));

    assertThat(create(out, dir)).isEqualTo(out.toAbsolutePath());
    assertThat(out).isEmptyDirectory();
    assertThat(logged()).isEmpty();
  }

  @Test
  void aFolderAskedForThatCannotBeWrittenIsRefusedNotReplaced() throws IOException {
    Path out = Files.writeString(dir.resolve("plain-file"), "x").resolve("demo-out");

    assertThatThrownBy(() -> create(out, dir))
        .isInstanceOf(UserFacingException.class)
        .hasMessageStartingWith("cannot write the demo to " + out.toAbsolutePath())
        .hasMessageContaining("Make that folder writable for this user, or leave out --out.");
    assertThat(logged()).isEmpty();
  }
}
