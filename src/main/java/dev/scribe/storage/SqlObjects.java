package dev.scribe.storage;

import org.jdbi.v3.core.Jdbi;

/** The one way repositories obtain their DAOs. */
final class SqlObjects {

  private SqlObjects() {}

  /**
   * A DAO obtained once, for the repository's lifetime. Each call runs on the handle already open
   * on the calling thread (so inside {@code Jdbi.inTransaction} it joins that transaction), or else
   * on a handle of its own for that call.
   *
   * <p>Attaching a SqlObject builds its metadata (a walk over every method's annotations), cached
   * in the configuration it was looked up in. An on-demand call made inside a transaction looks it
   * up in its handle's configuration, a copy of the Jdbi instance's taken when the handle opened,
   * so a DAO used only inside transactions would rebuild its metadata for every handle. Building it
   * here, once, on the Jdbi instance puts it in every later handle's copy.
   */
  static <T> T onDemand(Jdbi jdbi, Class<T> daoType) {
    jdbi.useExtension(daoType, dao -> {}); // builds the metadata; opens no connection
    return jdbi.onDemand(daoType);
  }
}
