-- What Scribe must know of a user before a command needs it, kept so that no request waits on Slack.
-- users.info's role in the workspace: PRIMARY_OWNER, OWNER, ADMIN or MEMBER (who may change workspace
-- settings); NULL until users.info was asked since this version.
ALTER TABLE slack_users ADD COLUMN role TEXT;
-- Whether Slack says the account is deactivated, or a bot; NULL when not known.
ALTER TABLE slack_users ADD COLUMN deleted BOOLEAN;
ALTER TABLE slack_users ADD COLUMN is_bot BOOLEAN;

-- The members of a workspace's admin user group (/pm config admins @group), as usergroups.users.list
-- last said, and when it was asked: a group never fetched is unknown, not empty.
CREATE TABLE admin_group_fetches (
    team_id    TEXT   NOT NULL,
    group_id   TEXT   NOT NULL,
    fetched_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, group_id)
);
CREATE TABLE admin_group_members (
    team_id  TEXT NOT NULL,
    group_id TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    PRIMARY KEY (team_id, group_id, user_id)
);

-- Requests taken before a fact they need was known (a clock time from a user whose zone is unknown,
-- a settings change from a user whose role is unknown): stored alone in their own transaction and
-- acknowledged at once, then completed once the fact arrives, with the receipt time as "now", and
-- answered through the outbox. completed_at is the claim that makes completing them exactly-once.
CREATE TABLE deferred_requests (
    id              ${id_primary_key},
    team_id         TEXT    NOT NULL,
    channel_id      TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    response_url    TEXT,
    received_at     BIGINT  NOT NULL,
    waiting_for     TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    completed_at    BIGINT
);
CREATE INDEX deferred_requests_waiting ON deferred_requests (next_attempt_at) WHERE completed_at IS NULL;
CREATE INDEX deferred_requests_by_user ON deferred_requests (team_id, user_id) WHERE completed_at IS NULL;

-- The text of each typed /pm event and the event it recorded: the same text from the same person in
-- the same channel moments later is a retype (Slack showed an error, say), answered "already recorded".
CREATE TABLE typed_event_commands (
    team_id     TEXT   NOT NULL,
    channel_id  TEXT   NOT NULL,
    user_id     TEXT   NOT NULL,
    text        TEXT   NOT NULL,
    event_id    BIGINT NOT NULL REFERENCES timeline_events (id),
    received_at BIGINT NOT NULL
);
CREATE INDEX typed_event_commands_recent ON typed_event_commands (team_id, channel_id, user_id, received_at);
