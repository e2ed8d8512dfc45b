-- Insights across incidents (/pm stats, scribe stats). Instants are BIGINT epoch milliseconds (UTC).

-- Each incident's marker times as the metrics count them: the earliest live event per marker, the
-- latest for T8 (resolved). Derived from timeline_events and rewritten by the timeline repository in
-- the same transaction as every event written, edited or removed, so stats read one row per incident
-- instead of every event. No row (or NULL) means the marker is not recorded.
CREATE TABLE incident_markers (
    incident_id      BIGINT NOT NULL PRIMARY KEY REFERENCES incidents (id),
    team_id          TEXT   NOT NULL,
    impact_at        BIGINT,
    alert_at         BIGINT,
    ack_at           BIGINT,
    investigating_at BIGINT,
    cause_at         BIGINT,
    fix_at           BIGINT,
    restored_at      BIGINT,
    resolved_at      BIGINT
);

-- Rewriting an incident's row is eight index seeks (MIN/MAX per marker), whatever its number of events.
CREATE INDEX timeline_live_markers ON timeline_events (team_id, incident_id, marker, occurred_at)
    WHERE deleted_at IS NULL;

-- Stats read a workspace's incidents declared in a period: one range on this index.
CREATE INDEX incidents_by_declared ON incidents (team_id, declared_at);

INSERT INTO incident_markers (incident_id, team_id, impact_at, alert_at, ack_at, investigating_at,
                              cause_at, fix_at, restored_at, resolved_at)
SELECT incident_id, team_id,
       MIN(CASE WHEN marker = 'IMPACT' THEN occurred_at END),
       MIN(CASE WHEN marker = 'ALERT' THEN occurred_at END),
       MIN(CASE WHEN marker = 'ACK' THEN occurred_at END),
       MIN(CASE WHEN marker = 'INVESTIGATING' THEN occurred_at END),
       MIN(CASE WHEN marker = 'CAUSE' THEN occurred_at END),
       MIN(CASE WHEN marker = 'FIX' THEN occurred_at END),
       MIN(CASE WHEN marker = 'RESTORED' THEN occurred_at END),
       MAX(CASE WHEN marker = 'RESOLVED' THEN occurred_at END)
FROM timeline_events
WHERE deleted_at IS NULL
GROUP BY incident_id, team_id;
