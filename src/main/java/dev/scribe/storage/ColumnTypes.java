package dev.scribe.storage;

import dev.scribe.incident.Severity;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * How domain values are stored, in one place, so that rows and DAO parameters carry the domain's
 * own types: an {@link Instant} is a BIGINT of epoch milliseconds (UTC), a calendar day is TEXT
 * {@code yyyy-MM-dd} (it sorts as a date), a {@link Severity} is its level 1–5; other enums are
 * stored by name, as Jdbi does by default. Installed after Jdbi's own {@code java.time} support
 * (timestamps and dates), so these win.
 */
final class ColumnTypes implements JdbiPlugin {

  private static final ColumnMapper<Instant> INSTANT =
      (r, column, ctx) -> {
        long millis = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(millis);
      };

  private static final ColumnMapper<LocalDate> DAY =
      (r, column, ctx) -> {
        String day = r.getString(column);
        return day == null ? null : LocalDate.parse(day);
      };

  private static final ColumnMapper<Severity> SEVERITY =
      (r, column, ctx) -> {
        int level = r.getInt(column);
        return r.wasNull() ? null : Severity.ofLevel(level);
      };

  @Override
  public void customizeJdbi(Jdbi jdbi) {
    jdbi.registerArgument(new InstantArgument());
    jdbi.registerColumnMapper(Instant.class, INSTANT);
    jdbi.registerArgument(new DayArgument());
    jdbi.registerColumnMapper(LocalDate.class, DAY);
    jdbi.registerArgument(new SeverityArgument());
    jdbi.registerColumnMapper(Severity.class, SEVERITY);
  }

  private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
    InstantArgument() {
      super(Types.BIGINT);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      return (position, statement, ctx) -> statement.setLong(position, value.toEpochMilli());
    }
  }

  private static final class DayArgument extends AbstractArgumentFactory<LocalDate> {
    DayArgument() {
      super(Types.VARCHAR);
    }

    @Override
    protected Argument build(LocalDate value, ConfigRegistry config) {
      return (position, statement, ctx) -> statement.setString(position, value.toString());
    }
  }

  private static final class SeverityArgument extends AbstractArgumentFactory<Severity> {
    SeverityArgument() {
      super(Types.INTEGER);
    }

    @Override
    protected Argument build(Severity value, ConfigRegistry config) {
      return (position, statement, ctx) -> statement.setInt(position, value.level());
    }
  }
}
