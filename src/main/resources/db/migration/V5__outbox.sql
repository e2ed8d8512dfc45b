-- The outbox: every message Scribe owes someone (a tag's confirmation, a draft, the channel canvas,
-- reminders, the notice that a message was given up), stored in the same transaction as the change
-- that owes it, then claimed under a lease and delivered once by whichever process or replica
-- claims it. Reminders are one kind of outbox message (V5_1 moves reminder_ledger into it).
-- Instants are BIGINT epoch milliseconds (UTC); payloads are JSON written by the app.

CREATE TABLE outbox (
    id              ${id_primary_key},
    team_id         TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    -- What makes a message this one and no other of its kind in the workspace: a second enqueue
    -- (Slack retrying a delivery, a second sweep) stores nothing.
    dedupe_key      TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    -- PENDING, SENDING (under a lease), SENT, FAILED (given up), SKIPPED (nothing left to send)
    state           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    -- 1 once an attempt may have reached Slack without Scribe knowing (a timeout, a sender that
    -- died): the next one looks before sending again.
    in_doubt        INTEGER NOT NULL DEFAULT 0,
    enqueued_at     BIGINT  NOT NULL,
    next_attempt_at BIGINT  NOT NULL,
    give_up_at      BIGINT  NOT NULL,
    lease_until     BIGINT,
    sent_ref        TEXT,
    last_error      TEXT,
    -- What an attempt noted before a step whose outcome could be lost (the ids of uploaded files).
    progress        TEXT,
    settled_at      BIGINT,
    UNIQUE (team_id, kind, dedupe_key)
);
-- Claiming reads only the messages waiting or in flight, whatever the size of the table.
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX outbox_sending ON outbox (lease_until) WHERE state = 'SENDING';
CREATE INDEX outbox_failed ON outbox (kind) WHERE state = 'FAILED';
