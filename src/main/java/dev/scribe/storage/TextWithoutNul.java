package dev.scribe.storage;

import java.sql.Types;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Every string Scribe stores, bound here on its way into any statement: a NUL character (U+0000)
 * becomes U+FFFD, the replacement character. PostgreSQL's text cannot hold NUL (the statement
 * fails) while SQLite stores it, so without this one rule the same words would be refused on one
 * database and kept on the other. Replaced rather than dropped, so the text shows where something
 * was.
 */
final class TextWithoutNul extends AbstractArgumentFactory<String> {

  static final char NUL = '\u0000';
  static final char REPLACEMENT = '\uFFFD';

  TextWithoutNul() {
    super(Types.VARCHAR);
  }

  @Override
  protected Argument build(String value, ConfigRegistry config) {
    String clean = clean(value);
    return (position, statement, ctx) -> statement.setString(position, clean);
  }

  /** The text with every NUL replaced. */
  static String clean(String value) {
    return value.indexOf(NUL) < 0 ? value : value.replace(NUL, REPLACEMENT);
  }
}
