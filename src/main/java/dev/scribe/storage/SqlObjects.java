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
   */
  static <T> T onDemand(Jdbi jdbi, Class<T> daoType) {
    return jdbi.getConfig(Extensions.class)
        .findFor(daoType, new ScopedHandles(jdbi))
        .orElseThrow(() -> new IllegalArgumentException(daoType + " is not a SqlObject"));
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
