package dev.scribe.storage;

import java.util.function.Consumer;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Jdbi configuration for the statements run in plain JDBC ({@link Jdbc}): who is told the SQL of
 * each one after it ran, as Jdbi's own {@code SqlLogger} is told of Jdbi's (tests count a request's
 * statements with both). Read when a repository is built.
 */
public final class PlainStatements implements JdbiConfig<PlainStatements> {

  private Consumer<String> listener = sql -> {};

  public PlainStatements() {}

  private PlainStatements(PlainStatements other) {
    this.listener = other.listener;
  }

  /** Tells {@code listener} the SQL of every plain statement run, after it ran. */
  public void setListener(Consumer<String> listener) {
    this.listener = listener;
  }

  Consumer<String> listener() {
    return listener;
  }

  @Override
  public PlainStatements createCopy() {
    return new PlainStatements(this);
  }
}
