package dev.scribe.storage;

import dev.scribe.workspace.AdminGroupMembers;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Admin groups' members in {@code admin_group_members}, with when they were fetched. */
public final class JdbiAdminGroupMembers implements AdminGroupMembers {

  private final SqlObjects.Attached<Dao> dao;

  public JdbiAdminGroupMembers(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, Dao.class);
  }

  @Override
  public Optional<Boolean> includes(String teamId, String groupId, String userId) {
    if (fetchedAt(teamId, groupId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(dao.get().member(teamId, groupId, userId) > 0);
  }

  @Override
  public Optional<Instant> fetchedAt(String teamId, String groupId) {
    return dao.get().fetchedAt(teamId, groupId);
  }

  @Override
  public void replace(String teamId, String groupId, Collection<String> userIds, Instant at) {
    dao.get().replace(teamId, groupId, userIds, at);
  }

  interface Dao {
    @SqlQuery(
        """
        SELECT COUNT(*) FROM admin_group_members
        WHERE team_id = :teamId AND group_id = :groupId AND user_id = :userId
        """)
    int member(String teamId, String groupId, String userId);

    @SqlQuery(
        "SELECT fetched_at FROM admin_group_fetches WHERE team_id = :teamId AND group_id = :groupId")
    Optional<Instant> fetchedAt(String teamId, String groupId);

    @Transaction
    default void replace(String teamId, String groupId, Collection<String> userIds, Instant at) {
      clear(teamId, groupId);
      if (!userIds.isEmpty()) {
        add(teamId, groupId, userIds);
      }
      fetched(teamId, groupId, at);
    }

    @SqlUpdate("DELETE FROM admin_group_members WHERE team_id = :teamId AND group_id = :groupId")
    void clear(String teamId, String groupId);

    @SqlBatch(
        """
        INSERT INTO admin_group_members (team_id, group_id, user_id) VALUES (:teamId, :groupId, :userId)
        ON CONFLICT (team_id, group_id, user_id) DO NOTHING
        """)
    void add(String teamId, String groupId, Collection<String> userId);

    @SqlUpdate(
        """
        INSERT INTO admin_group_fetches (team_id, group_id, fetched_at) VALUES (:teamId, :groupId, :at)
        ON CONFLICT (team_id, group_id) DO UPDATE SET fetched_at = excluded.fetched_at
        """)
    void fetched(String teamId, String groupId, Instant at);
  }
}
