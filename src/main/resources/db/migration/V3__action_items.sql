-- Action items and the reminder ledger. Instants are BIGINT epoch milliseconds (UTC); calendar days
-- are TEXT yyyy-MM-dd (they sort as dates). Every row carries team_id; every query filters on it.

CREATE TABLE action_items (
    id            ${id_primary_key},
    team_id       TEXT    NOT NULL,
    incident_id   BIGINT  NOT NULL REFERENCES incidents (id),
    number        INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    owner_id      TEXT,
    due_date      TEXT,
    priority      TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    ticket_url    TEXT,
    created_by    TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    closed_at     BIGINT,
    snoozed_until TEXT,
    UNIQUE (incident_id, number)
);
CREATE INDEX action_items_by_incident ON action_items (team_id, incident_id, number);
-- The sweep reads the open items already due, across workspaces, by a range on this index: its cost
-- follows the overdue items, not the table.
CREATE INDEX action_items_open_by_due ON action_items (due_date) WHERE status = 'OPEN';
CREATE INDEX action_items_open_by_owner ON action_items (team_id, owner_id, due_date) WHERE status = 'OPEN';

-- One line per reminder owed: the primary key is the claim that makes sending exactly-once.
CREATE TABLE reminder_ledger (
    team_id         TEXT    NOT NULL,
    recipient_id    TEXT    NOT NULL,
    period          TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    claimed_at      BIGINT  NOT NULL,
    next_attempt_at BIGINT  NOT NULL,
    lease_until     BIGINT,
    message_ref     TEXT,
    last_error      TEXT,
    PRIMARY KEY (team_id, recipient_id, period, kind)
);
