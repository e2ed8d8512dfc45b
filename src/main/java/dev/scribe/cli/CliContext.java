package dev.scribe.cli;

import dev.scribe.app.Scribe;
import dev.scribe.config.ConfigException;
import dev.scribe.config.ScribeConfig;
import dev.scribe.storage.DatabaseUnavailableException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** What every command of the command line gets: the environment, a clock, and where to print. */
record CliContext(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {

  ScribeConfig config(ScribeConfig.Needs needs) {
    return ScribeConfig.fromEnvironment(environment, needs);
  }

  /** The configuration of a command that reads, with its {@code --database} applied. */
  ScribeConfig config(ScribeConfig.Needs needs, DatabaseOption database) {
    return ScribeConfig.fromEnvironment(database.applyTo(environment), needs);
  }

  /** Scribe over its database, created and brought up to date if need be: serve and remind. */
  Scribe open(ScribeConfig config) {
    try {
      return Scribe.open(config, clock);
    } catch (DatabaseUnavailableException e) {
      throw problem("DATABASE_URL", config, e);
    }
  }

  /**
   * Scribe over an existing database, read-only, saying on stderr which one: draft and export. A
   * read command never creates a database, so a mistyped path is an error, not an empty answer.
   */
  Scribe openToRead(ScribeConfig config, DatabaseOption database) {
    err.println("scribe: reading " + config.redactedDatabaseUrl());
    try {
      return Scribe.openToRead(config, clock);
    } catch (DatabaseUnavailableException e) {
      throw problem(database.setting(), config, e);
    }
  }

  private ConfigException problem(
      String setting, ScribeConfig config, DatabaseUnavailableException e) {
    String chosen =
        setting.equals("DATABASE_URL") && !environment.containsKey("DATABASE_URL")
            ? "DATABASE_URL is not set, so Scribe uses " + config.redactedDatabaseUrl()
            : setting + " is " + config.redactedDatabaseUrl();
    return new ConfigException(
        List.of(
            chosen
                + ", but "
                + e.getMessage().replaceAll("\\.+$", "")
                + ". Set DATABASE_URL, or pass --database to draft and export."));
  }
}
