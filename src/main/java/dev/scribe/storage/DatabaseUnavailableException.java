package dev.scribe.storage;

/**
 * The database cannot be opened for what was asked: no SQLite file to read, a folder that does not
 * exist or cannot be written, a schema older than this Scribe. The message says which file or
 * database and why, in one line; the caller adds which setting named it.
 */
public final class DatabaseUnavailableException extends RuntimeException {

  public DatabaseUnavailableException(String message) {
    super(message);
  }

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
