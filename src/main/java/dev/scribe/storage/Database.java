package dev.scribe.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: a pooled DataSource, the schema brought up to date by Flyway, and Jdbi on top.
 *
 * <p>SQLite is tuned so that concurrent writers never fail with {@code SQLITE_BUSY}: WAL, a busy
 * timeout, and {@code BEGIN IMMEDIATE} for every transaction (a deferred transaction that reads
 * and then writes can fail with {@code SQLITE_BUSY_SNAPSHOT} however long it waits), on a small
 * pool. {@code synchronous=FULL} because an event acknowledged to Slack must survive a crash.
 */
public final class Database implements AutoCloseable {

  /** Which SQL dialect the migrations are written for. */
  public enum Vendor {
    SQLITE,
    POSTGRESQL;

    String migrationFolder() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final int SQLITE_POOL_SIZE = 4;
  private static final int POSTGRES_POOL_SIZE = 10;
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final HikariDataSource dataSource;
  private final Vendor vendor;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource, Vendor vendor) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
  }

  /** Opens the database at a JDBC URL ({@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://…}) and migrates it. */
  public static Database open(String jdbcUrl) {
    Vendor vendor = vendorOf(jdbcUrl);
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("scribe-db");
    if (vendor == Vendor.SQLITE) {
      pool.setDataSource(sqlite(jdbcUrl));
      pool.setMaximumPoolSize(SQLITE_POOL_SIZE);
    } else {
      pool.setJdbcUrl(jdbcUrl);
      pool.setMaximumPoolSize(POSTGRES_POOL_SIZE);
    }
    pool.setConnectionTimeout(BUSY_TIMEOUT_MILLIS);
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      migrate(dataSource, vendor);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource, vendor);
  }

  public static Vendor vendorOf(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return Vendor.SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return Vendor.POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "DATABASE_URL must start with jdbc:sqlite: or jdbc:postgresql:");
  }

  private static DataSource sqlite(String jdbcUrl) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.enforceForeignKeys(true);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl(jdbcUrl);
    return sqlite;
  }

  private static void migrate(DataSource dataSource, Vendor vendor) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + vendor.migrationFolder())
        .load()
        .migrate();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public Vendor vendor() {
    return vendor;
  }

  /** True when a connection can be had and answers a trivial query within a second. */
  public boolean isHealthy() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
