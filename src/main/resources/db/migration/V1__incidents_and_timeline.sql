-- The placeholder id_primary_key is an auto-assigned 64-bit primary key, spelled for each database by Database.java.
-- Instants are BIGINT epoch milliseconds (UTC). Every row carries team_id; every query filters on it.

CREATE TABLE incidents (
    id                 ${id_primary_key},
    team_id            TEXT    NOT NULL,
    channel_id         TEXT    NOT NULL,
    public_id          TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    severity           INTEGER,
    status             TEXT    NOT NULL,
    owner_id           TEXT,
    declared_by        TEXT    NOT NULL,
    declared_at        BIGINT  NOT NULL,
    resolved_at        BIGINT,
    last_event_number  INTEGER NOT NULL DEFAULT 0,
    last_action_number INTEGER NOT NULL DEFAULT 0,
    UNIQUE (team_id, public_id)
);
-- At most one open incident per channel: the database, not the code, keeps it so.
CREATE UNIQUE INDEX incidents_one_open_per_channel ON incidents (team_id, channel_id) WHERE status = 'OPEN';
CREATE INDEX incidents_by_channel ON incidents (team_id, channel_id, id);

CREATE TABLE incident_counters (
    team_id     TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (team_id, year)
);

CREATE TABLE incident_fields (
    incident_id BIGINT NOT NULL REFERENCES incidents (id),
    team_id     TEXT   NOT NULL,
    name        TEXT   NOT NULL,
    value       TEXT   NOT NULL,
    updated_by  TEXT   NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (incident_id, name)
);

-- Every change to a field or an incident column, so nothing written is ever lost.
CREATE TABLE incident_field_history (
    id          ${id_primary_key},
    incident_id BIGINT NOT NULL REFERENCES incidents (id),
    team_id     TEXT   NOT NULL,
    name        TEXT   NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    changed_by  TEXT   NOT NULL,
    changed_at  BIGINT NOT NULL
);

CREATE TABLE timeline_events (
    id                ${id_primary_key},
    team_id           TEXT    NOT NULL,
    incident_id       BIGINT  NOT NULL REFERENCES incidents (id),
    number            INTEGER NOT NULL,
    occurred_at       BIGINT  NOT NULL,
    marker            TEXT    NOT NULL,
    text              TEXT    NOT NULL,
    author_id         TEXT,
    recorded_by       TEXT    NOT NULL,
    source            TEXT    NOT NULL,
    source_channel_id TEXT,
    source_ts         TEXT,
    permalink         TEXT,
    recorded_at       BIGINT  NOT NULL,
    deleted_at        BIGINT,
    source_deleted    INTEGER NOT NULL DEFAULT 0,
    -- 0 while a reaction-tagged message's text, author and permalink are still to be fetched
    enriched          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (incident_id, number)
);
CREATE INDEX timeline_by_incident ON timeline_events (team_id, incident_id, occurred_at);
CREATE INDEX timeline_by_message ON timeline_events (team_id, source_channel_id, source_ts);
CREATE INDEX timeline_to_enrich ON timeline_events (enriched) WHERE enriched = 0;
-- The same message tagged twice is one event.
CREATE UNIQUE INDEX timeline_one_live_event_per_message
    ON timeline_events (team_id, incident_id, source_channel_id, source_ts)
    WHERE source = 'REACTION' AND deleted_at IS NULL;

-- Edits and deletions keep the previous version here.
CREATE TABLE timeline_event_revisions (
    id          ${id_primary_key},
    team_id     TEXT   NOT NULL,
    event_id    BIGINT NOT NULL REFERENCES timeline_events (id),
    change      TEXT   NOT NULL,
    occurred_at BIGINT NOT NULL,
    marker      TEXT   NOT NULL,
    text        TEXT   NOT NULL,
    changed_by  TEXT,
    changed_at  BIGINT NOT NULL
);
CREATE INDEX revisions_by_event ON timeline_event_revisions (team_id, event_id);

-- Who tagged a message with which emoji; the event goes when its last tag goes.
CREATE TABLE reaction_tags (
    event_id  BIGINT NOT NULL REFERENCES timeline_events (id),
    team_id   TEXT   NOT NULL,
    user_id   TEXT   NOT NULL,
    reaction  TEXT   NOT NULL,
    tagged_at BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_id, reaction)
);

-- Slack's event_id of every Events API delivery already applied: retries are recorded once.
CREATE TABLE slack_deliveries (
    team_id     TEXT   NOT NULL,
    event_id    TEXT   NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, event_id)
);

-- users.info cache: names for drafts offline, zones for parsing and reminders.
CREATE TABLE slack_users (
    team_id      TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    display_name TEXT,
    tz           TEXT,
    fetched_at   BIGINT NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE workspace_settings (
    team_id    TEXT   NOT NULL,
    name       TEXT   NOT NULL,
    value      TEXT   NOT NULL,
    updated_by TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, name)
);

-- Per-workspace reaction → marker overrides of the contract's defaults; marker 'OFF' turns a default off.
CREATE TABLE reaction_mappings (
    team_id  TEXT NOT NULL,
    reaction TEXT NOT NULL,
    marker   TEXT NOT NULL,
    PRIMARY KEY (team_id, reaction)
);
