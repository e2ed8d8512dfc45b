-- A post-mortem's way to Final: its status and versions, its reviewers, and its document history.
-- Instants are BIGINT epoch milliseconds (UTC). Every row carries team_id; every query filters on it.

-- One row per incident whose post-mortem was drafted or reviewed; none means Draft, version 0.
CREATE TABLE postmortems (
    incident_id      BIGINT  NOT NULL PRIMARY KEY REFERENCES incidents (id),
    team_id          TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    first_drafted_at BIGINT,
    last_drafted_at  BIGINT,
    final_at         BIGINT,
    final_by         TEXT,
    final_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX postmortems_by_status ON postmortems (team_id, status);

-- Everyone asked to review a post-mortem: Final when every one of them has approved.
CREATE TABLE postmortem_reviewers (
    incident_id      BIGINT  NOT NULL REFERENCES incidents (id),
    team_id          TEXT    NOT NULL,
    user_id          TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    asked_by         TEXT    NOT NULL,
    asked_at         BIGINT  NOT NULL,
    approved_at      BIGINT,
    approved_version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, user_id)
);

-- The document history: every draft version (with what changed since the one before), every review
-- request, removal, approval, and the moment it became Final. Never updated, never deleted.
CREATE TABLE postmortem_history (
    id              ${id_primary_key},
    team_id         TEXT    NOT NULL,
    incident_id     BIGINT  NOT NULL REFERENCES incidents (id),
    kind            TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    done_by         TEXT    NOT NULL,
    done_at         BIGINT  NOT NULL,
    people          TEXT    NOT NULL,
    events_added    INTEGER NOT NULL,
    events_edited   INTEGER NOT NULL,
    events_removed  INTEGER NOT NULL,
    fields_changed  TEXT    NOT NULL,
    actions_added   INTEGER NOT NULL,
    actions_closed  INTEGER NOT NULL
);
CREATE INDEX postmortem_history_by_incident ON postmortem_history (team_id, incident_id, id);

-- What changed between two versions is read from these, by time.
CREATE INDEX field_history_by_incident ON incident_field_history (team_id, incident_id, changed_at);
CREATE INDEX timeline_by_recorded ON timeline_events (team_id, incident_id, recorded_at);
