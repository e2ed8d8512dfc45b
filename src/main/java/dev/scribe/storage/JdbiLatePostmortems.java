package dev.scribe.storage;

import dev.scribe.actions.DuePostmortem;
import dev.scribe.actions.LatePostmortems;
import dev.scribe.workspace.WorkspaceSettings;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Late post-mortems in SQLite or PostgreSQL, for the reminder sweep. */
public final class JdbiLatePostmortems implements LatePostmortems {

  private final SqlObjects.Attached<LatePostmortemsDao> dao;

  public JdbiLatePostmortems(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, LatePostmortemsDao.class);
  }

  @Override
  public List<DuePostmortem> notFinalResolvedSince(Instant since) {
    return dao.get().notFinalResolvedSince(since).stream()
        .map(
            r ->
                new DuePostmortem(
                    r.teamId(),
                    r.incidentId(),
                    r.publicId(),
                    r.channelId(),
                    r.title(),
                    r.resolvedAt(),
                    r.facilitatorId(),
                    r.ownerId(),
                    r.declaredBy(),
                    r.dueDays() == null
                        ? WorkspaceSettings.DEFAULT_POSTMORTEM_DUE_DAYS
                        : Integer.parseInt(r.dueDays())))
        .toList();
  }
}
