package dev.scribe.demo;

import dev.scribe.common.UserFacingException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where the demo writes. By default a new {@code scribe-demo-…} folder in the current folder, or,
 * when that folder is not writable (a container's root-owned {@code /app}, a read-only file
 * system), a new folder in the system's temporary folder, saying so: the demo must not fail for
 * want of a place to write. A folder the user asked for with {@code --out} is used or refused,
 * never silently replaced, since the user expects the files there (a mounted volume, say).
 */
final class DemoFolder {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private DemoFolder() {}

  /**
   * Creates the folder and checks that it can be written to.
   *
   * @param requested the {@code --out} folder, or null for the default
   * @param workingDir the folder in which the default one is made (the current folder)
   * @param log where to say that the demo writes to a temporary folder instead
   * @throws UserFacingException when the requested folder cannot be written to, or no folder can
   */
  static Path create(Path requested, Path workingDir, PrintStream log) {
    if (requested != null) {
      try {
        return writable(requested);
      } catch (IOException e) {
        throw new UserFacingException(
            "cannot write the demo to "
                + requested.toAbsolutePath()
                + " ("
                + reason(e)
                + ") as "
                + currentUser()
                + ". Make that folder writable for this user, or leave out --out.");
      }
    }
    String name = "scribe-demo-" + LocalDateTime.now().format(STAMP);
    Path preferred = workingDir.resolve(name).toAbsolutePath();
    try {
      return writable(preferred);
    } catch (IOException notHere) {
      try {
        Path temporary = Files.createTempDirectory(name + "-").toAbsolutePath();
        log.println(
            "The current folder "
                + workingDir.toAbsolutePath()
                + " is not writable ("
                + reason(notHere)
                + "); the demo writes to "
                + temporary
                + " instead.");
        return temporary;
      } catch (IOException e) {
        throw new UserFacingException(
            "cannot write the demo to the current folder ("
                + reason(notHere)
                + ") nor to a temporary folder ("
                + reason(e)
                + "). Pass a writable folder with --out.");
      }
    }
  }

  /**
   * Creates the folder, then writes and removes a file in it: creating a folder that already exists
   * needs no permission at all, and root passes every permission check but a read-only file
   * system's.
   */
  private static Path writable(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.delete(Files.createTempFile(dir, ".scribe-write-check-", ".tmp"));
    return dir.toAbsolutePath();
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "a file of that name is in the way";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return e.toString();
  }

  /** Who the demo runs as: a container's user may have a uid but no name. */
  private static String currentUser() {
    String name = System.getProperty("user.name", "?");
    String named = name.isBlank() || name.equals("?") ? "" : "user " + name + " ";
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return named + "(uid " + uid + ")";
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return named.isEmpty() ? "this user" : named.strip();
    }
  }
}
