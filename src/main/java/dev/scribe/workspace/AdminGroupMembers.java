package dev.scribe.workspace;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** The members of workspaces' admin user groups, as Slack last listed them. */
public interface AdminGroupMembers {

  /** Whether the user is in the group; empty when its members were never fetched. */
  Optional<Boolean> includes(String teamId, String groupId, String userId);

  /** When the group's members were last fetched, if ever. */
  Optional<Instant> fetchedAt(String teamId, String groupId);

  /** Replaces what is known of the group's members with Slack's latest list. */
  void replace(String teamId, String groupId, Collection<String> userIds, Instant fetchedAt);
}
