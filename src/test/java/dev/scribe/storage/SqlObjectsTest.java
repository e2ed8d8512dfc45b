package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DAOs attached at their first call behave as DAOs attached at once. */
class SqlObjectsTest {

  @TempDir Path dir;
  Database database;
  Jdbi jdbi;

  interface NotesDao {
    @SqlUpdate("CREATE TABLE notes (text TEXT NOT NULL)")
    void createTable();

    @SqlUpdate("INSERT INTO notes (text) VALUES (:text)")
    void add(String text);

    @SqlQuery("SELECT count(*) FROM notes")
    int count();

    @SqlQuery("SELECT text FROM no_such_table")
    String broken();

    default int addTwice(String text) {
      add(text);
      add(text);
      return count();
    }
  }

  interface NotADao {
    void nothing();
  }

  @BeforeEach
  void open() {
    database = Database.open("jdbc:sqlite:" + dir.resolve("notes.db"));
    jdbi = database.jdbi();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void callsReachTheDatabaseIncludingDefaultMethods() {
    NotesDao notes = SqlObjects.onDemand(jdbi, NotesDao.class);
    notes.createTable();

    assertThat(notes.addTwice("rolled back")).isEqualTo(2);
    assertThat(SqlObjects.onDemand(jdbi, NotesDao.class).count()).isEqualTo(2);
  }

  @Test
  void aFailingStatementThrowsJdbisOwnExceptionNotAWrapper() {
    NotesDao notes = SqlObjects.onDemand(jdbi, NotesDao.class);

    assertThatThrownBy(notes::broken)
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("no_such_table");
  }

  @Test
  void aTypeThatIsNotASqlObjectIsRefusedAtOnce() {
    assertThatThrownBy(() -> SqlObjects.onDemand(jdbi, NotADao.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a SqlObject");
  }

  @Test
  void objectMethodsDoNotNeedTheDatabase() {
    NotesDao notes = SqlObjects.onDemand(jdbi, NotesDao.class);
    database.close();

    assertThat(notes).isEqualTo(notes).hasSameHashCodeAs(notes);
    assertThat(notes.toString()).contains("NotesDao");
  }
}
