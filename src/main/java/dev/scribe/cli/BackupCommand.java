package dev.scribe.cli;

import dev.scribe.common.UserFacingException;
import dev.scribe.config.ScribeConfig;
import dev.scribe.storage.Database;
import dev.scribe.storage.SqliteBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Copy the SQLite database (DATABASE_URL) to FILE: a consistent snapshot, safe while Scribe runs, checked with PRAGMA integrity_check. For PostgreSQL, use pg_dump.")
final class BackupCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "the backup file to write")
  Path file;

  @Option(names = "--force", description = "replace FILE if it exists")
  boolean force;

  private final CliContext context;

  BackupCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String url = context.config(ScribeConfig.Needs.DATABASE).databaseUrl();
    if (Database.vendorOf(url) != Database.Vendor.SQLITE) {
      throw new UserFacingException(
          "backup copies a SQLite database, and DATABASE_URL is PostgreSQL: back it up with"
              + " pg_dump, e.g. pg_dump --format=custom --file=scribe.dump -h HOST -U USER scribe"
              + " (README: Backups and restore).");
    }
    SqliteBackup backup = SqliteBackup.of(url);
    SqliteBackup.Copy copy = backup.copyTo(file, force);
    context
        .out()
        .println(
            "Backed up "
                + backup.database()
                + " to "
                + copy.file()
                + " ("
                + copy.bytes()
                + " bytes, integrity check ok).");
    return 0;
  }
}
