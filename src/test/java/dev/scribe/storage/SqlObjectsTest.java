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

/** DAOs attached at their first use behave as DAOs attached at once. */
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
    NotesDao notes = SqlObjects.attachedOnFirstUse(jdbi, NotesDao.class).get();
    notes.createTable();

    assertThat(notes.addTwice("rolled back")).isEqualTo(2);
    assertThat(SqlObjects.attachedOnFirstUse(jdbi, NotesDao.class).get().count()).isEqualTo(2);
  }

  @Test
  void theDaoIsAttachedOnceAtItsFirstUse() {
    SqlObjects.Attached<NotesDao> notes = SqlObjects.attachedOnFirstUse(jdbi, NotesDao.class);
    assertThat(notes).hasToString("NotesDao (not attached yet)");

    NotesDao first = notes.get();

    assertThat(notes.get()).isSameAs(first);
    assertThat(notes).hasToString("NotesDao (attached)");
  }

  @Test
  void aFailingStatementThrowsJdbisOwnExceptionNotAWrapper() {
    NotesDao notes = SqlObjects.attachedOnFirstUse(jdbi, NotesDao.class).get();

    assertThatThrownBy(notes::broken)
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("no_such_table");
  }

  @Test
  void aTypeThatIsNotASqlObjectIsRefusedAtItsFirstUse() {
    SqlObjects.Attached<NotADao> notADao = SqlObjects.attachedOnFirstUse(jdbi, NotADao.class);

    assertThatThrownBy(notADao::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a SqlObject");
  }

  @Test
  void nothingTouchesTheDatabaseBeforeTheFirstUse() {
    database.close();

    SqlObjects.Attached<NotesDao> notes = SqlObjects.attachedOnFirstUse(jdbi, NotesDao.class);

    assertThat(notes).hasToString("NotesDao (not attached yet)");
  }
}
