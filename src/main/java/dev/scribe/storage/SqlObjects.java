package dev.scribe.storage;

import java.util.concurrent.Callable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;

/** The one way repositories obtain their DAOs. */
final class SqlObjects {

  private SqlObjects() {}

  /**
   * A DAO attached once, for the repository's lifetime, that runs each call on the handle open on
   * the calling thread (so inside a transaction it joins it: the group-commit writer's handle), or
   * else on a pooled handle of its own for that call.
   *
   * <p>Why not {@code Jdbi.onDemand}: an on-demand DAO attaches itself again on every call, and
   * attaching copies Jdbi's configuration once per DAO method (most of a request's CPU, measured).
   * This DAO is attached to a {@link HandleSupplier} that looks the handle up at each call instead,
   * so the copies are made once.
   *
   * <p>It is attached at its first use, not here: attaching reads every method's annotations and
   * builds its handlers, for all of Scribe's DAOs a third of a second of start-up on a small
   * machine (BENCHMARKS.md), most of it for DAOs the first requests do not use. A plain holder
   * rather than a proxy that attaches behind the DAO's interface: each such proxy is a class
   * generated at start, 16 of them, for nothing the holder does not do.
   */
  static <T> Attached<T> attachedOnFirstUse(Jdbi jdbi, Class<T> daoType) {
    return new Attached<>(jdbi, daoType);
  }

  /** A DAO, attached at the first {@link #get()}. */
  static final class Attached<T> {

    private final Jdbi jdbi;
    private final Class<T> daoType;
    private volatile T dao;

    private Attached(Jdbi jdbi, Class<T> daoType) {
      this.jdbi = jdbi;
      this.daoType = daoType;
    }

    /**
     * The DAO.
     *
     * @throws IllegalArgumentException when the type is not a Jdbi SqlObject (a programming error,
     *     met by any test that uses the repository)
     */
    T get() {
      T attached = dao;
      if (attached == null) {
        synchronized (this) {
          attached = dao;
          if (attached == null) {
            attached = attach();
            dao = attached;
          }
        }
      }
      return attached;
    }

    private T attach() {
      return daoType.cast(
          jdbi.getConfig(Extensions.class)
              .findFor(daoType, new ScopedHandles(jdbi))
              .orElseThrow(() -> new IllegalArgumentException(daoType + " is not a SqlObject")));
    }

    @Override
    public String toString() {
      return daoType.getSimpleName() + (dao == null ? " (not attached yet)" : " (attached)");
    }
  }

  /** The handle of Jdbi's handle scope on the calling thread, or a pooled one for one call. */
  private static final class ScopedHandles implements HandleSupplier {

    private final Jdbi jdbi;

    ScopedHandles(Jdbi jdbi) {
      this.jdbi = jdbi;
    }

    @Override
    public Handle getHandle() {
      HandleSupplier scoped = jdbi.getHandleScope().get();
      if (scoped == null) {
        throw new IllegalStateException("a DAO method ran outside any handle");
      }
      return scoped.getHandle();
    }

    @Override
    public Jdbi getJdbi() {
      return jdbi;
    }

    @Override
    public ConfigRegistry getConfig() {
      return jdbi.getConfig();
    }

    @Override
    public <V> V invokeInContext(ExtensionContext context, Callable<V> task) throws Exception {
      HandleSupplier scoped = jdbi.getHandleScope().get();
      if (scoped != null) {
        return scoped.invokeInContext(context, task);
      }
      // withHandle puts the handle it opens in the scope for the call, and closes it after.
      return jdbi.withHandle(handle -> jdbi.getHandleScope().get().invokeInContext(context, task));
    }
  }
}
