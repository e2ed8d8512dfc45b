package dev.scribe.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * Plain JDBC for the few statements every captured event runs, on the connection Jdbi would use:
 * inside a transaction the group-commit writer's (so they commit or roll back with the rest of the
 * unit), else a pooled one for the one statement.
 *
 * <p>Why not Jdbi for these: under 50 connections, Jdbi's per-call machinery (a copy of its
 * configuration per statement, the SqlObject method handler, argument and mapper look-ups) was
 * about nine tenths of the writer thread's time, measured, and the writer is the request path's one
 * serial stage. Everything else stays on Jdbi. Values are bound as Jdbi binds them here ({@link
 * ColumnTypes}: an instant is epoch milliseconds; {@link TextWithoutNul}: no NUL in text), and the
 * storage contract tests read what one side writes through the other.
 */
final class Jdbc {

  private final Jdbi jdbi;
  private final Consumer<String> listener;

  Jdbc(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.listener = jdbi.getConfig(PlainStatements.class).listener();
  }

  /** The first row the query returns (a {@code RETURNING} clause counts), if any. */
  <T> Optional<T> first(String sql, Binder binder, RowReader<T> reader) {
    return onStatement(
        sql,
        binder,
        statement -> {
          // execute(), not executeQuery(): an INSERT … RETURNING is a query on both databases,
          // but only execute() accepts it on every driver version.
          if (!statement.execute()) {
            return Optional.empty();
          }
          try (ResultSet rows = statement.getResultSet()) {
            return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
          }
        });
  }

  /** The first row, which the statement always returns (e.g. {@code UPDATE … RETURNING} a key). */
  <T> T one(String sql, Binder binder, RowReader<T> reader) {
    return first(sql, binder, reader)
        .orElseThrow(() -> new StatementFailedException("no row came back from: " + sql, null));
  }

  /** Runs an insert, update or delete; the number of rows it changed. */
  int update(String sql, Binder binder) {
    return onStatement(sql, binder, PreparedStatement::executeUpdate);
  }

  /**
   * Runs {@code work} on the statement, bound: a kept one when this thread keeps them for the
   * connection (left open), else one prepared for this call alone (closed after).
   */
  private <T> T onStatement(String sql, Binder binder, StatementWork<T> work) {
    return onConnection(
        sql,
        connection -> {
          KeptStatements kept = KeptStatements.on(connection);
          PreparedStatement statement =
              kept != null ? kept.prepare(sql) : connection.prepareStatement(sql);
          try {
            binder.bind(new Parameters(statement));
            return work.run(statement);
          } finally {
            if (kept == null) {
              statement.close();
            }
          }
        });
  }

  private <T> T onConnection(String sql, ConnectionWork<T> work) {
    HandleSupplier scoped = jdbi.getHandleScope().get();
    try {
      if (scoped != null) {
        return work.run(scoped.getHandle().getConnection());
      }
      return jdbi.withHandle(handle -> work.run(handle.getConnection()));
    } catch (SQLException e) {
      throw new StatementFailedException(sql, e);
    } finally {
      listener.accept(sql);
    }
  }

  /**
   * Keeps the statements run here on {@code connection}, by this thread, prepared until closed: the
   * group-commit writer runs the same few statements for every unit of a batch, and preparing each
   * anew (parsing and planning the SQL, and finalising it after) was a fifth of its time.
   */
  static KeptStatements keepPrepared(Connection connection) {
    KeptStatements kept = new KeptStatements(connection);
    KeptStatements.CURRENT.set(kept);
    return kept;
  }

  /** Statements prepared once on one connection, for one thread, until {@link #close}. */
  static final class KeptStatements implements AutoCloseable {

    private static final ThreadLocal<KeptStatements> CURRENT = new ThreadLocal<>();

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private KeptStatements(Connection connection) {
      this.connection = connection;
    }

    /** The kept statements of this thread, if it keeps them for that connection. */
    private static KeptStatements on(Connection connection) {
      KeptStatements kept = CURRENT.get();
      return kept != null && kept.connection == connection ? kept : null;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
      PreparedStatement statement = prepared.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql);
        prepared.put(sql, statement);
      }
      return statement;
    }

    /** Runs a statement without parameters or rows, such as a savepoint's. */
    void execute(String sql) {
      try {
        prepare(sql).execute();
      } catch (SQLException e) {
        throw new StatementFailedException(sql, e);
      }
    }

    @Override
    public void close() {
      CURRENT.remove();
      for (PreparedStatement statement : prepared.values()) {
        try {
          statement.close();
        } catch (SQLException e) {
          // The connection is going back to the pool, which closes what is left.
        }
      }
      prepared.clear();
    }
  }

  @FunctionalInterface
  private interface StatementWork<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  @FunctionalInterface
  private interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Sets a statement's parameters, in order. */
  @FunctionalInterface
  interface Binder {
    void bind(Parameters parameters) throws SQLException;
  }

  /** Reads the row the result set is on. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** A statement's parameters, set in order, typed as Scribe stores its values. */
  static final class Parameters {

    private final PreparedStatement statement;
    private int next = 1;

    private Parameters(PreparedStatement statement) {
      this.statement = statement;
    }

    Parameters text(String value) throws SQLException {
      if (value == null) {
        statement.setNull(next++, Types.VARCHAR);
      } else {
        statement.setString(next++, TextWithoutNul.clean(value));
      }
      return this;
    }

    Parameters number(long value) throws SQLException {
      statement.setLong(next++, value);
      return this;
    }

    Parameters instant(Instant value) throws SQLException {
      if (value == null) {
        statement.setNull(next++, Types.BIGINT);
      } else {
        statement.setLong(next++, value.toEpochMilli());
      }
      return this;
    }

    /** An enum by its name, as Jdbi stores enums. */
    Parameters name(Enum<?> value) throws SQLException {
      return text(value == null ? null : value.name());
    }
  }

  /** A statement run here failed; the cause is the driver's. */
  static final class StatementFailedException extends RuntimeException {
    StatementFailedException(String sql, SQLException cause) {
      super("A database statement failed: " + sql.strip().replaceAll("\\s+", " "), cause);
    }
  }
}
