-- Insights across incidents (/pm stats, scribe stats). Instants are BIGINT epoch milliseconds (UTC).

-- Each incident's marker times as the metrics count them: the earliest live event per marker, the
-- latest for T8 (resolved). Derived from timeline_events and rewritten by the timeline repository in
-- the same transaction as every event written, edited or removed, so stats read one row per incident
-- instead of every event. NULL means the marker is not recorded. (marker_resolved_at is T8 as the
-- metrics see it; resolved_at stays the incident's own resolution, NULL while it is open.)
ALTER TABLE incidents ADD COLUMN marker_impact_at BIGINT;
ALTER TABLE incidents ADD COLUMN marker_alert_at BIGINT;
ALTER TABLE incidents ADD COLUMN marker_ack_at BIGINT;
ALTER TABLE incidents ADD COLUMN marker_investigating_at BIGINT;
ALTER TABLE incidents ADD COLUMN marker_cause_at BIGINT;
ALTER TABLE incidents ADD COLUMN marker_fix_at BIGINT;
ALTER TABLE incidents ADD COLUMN marker_restored_at BIGINT;
ALTER TABLE incidents ADD COLUMN marker_resolved_at BIGINT;

-- Rewriting an incident's markers is eight index seeks (MIN/MAX per marker), whatever its number of
-- events.
CREATE INDEX timeline_live_markers ON timeline_events (team_id, incident_id, marker, occurred_at)
    WHERE deleted_at IS NULL;

-- Stats read a workspace's incidents declared in a period: one range on this index.
CREATE INDEX incidents_by_declared ON incidents (team_id, declared_at);

UPDATE incidents SET
    marker_impact_at = (SELECT MIN(e.occurred_at) FROM timeline_events e WHERE e.team_id = incidents.team_id
        AND e.incident_id = incidents.id AND e.deleted_at IS NULL AND e.marker = 'IMPACT'),
    marker_alert_at = (SELECT MIN(e.occurred_at) FROM timeline_events e WHERE e.team_id = incidents.team_id
        AND e.incident_id = incidents.id AND e.deleted_at IS NULL AND e.marker = 'ALERT'),
    marker_ack_at = (SELECT MIN(e.occurred_at) FROM timeline_events e WHERE e.team_id = incidents.team_id
        AND e.incident_id = incidents.id AND e.deleted_at IS NULL AND e.marker = 'ACK'),
    marker_investigating_at = (SELECT MIN(e.occurred_at) FROM timeline_events e WHERE e.team_id = incidents.team_id
        AND e.incident_id = incidents.id AND e.deleted_at IS NULL AND e.marker = 'INVESTIGATING'),
    marker_cause_at = (SELECT MIN(e.occurred_at) FROM timeline_events e WHERE e.team_id = incidents.team_id
        AND e.incident_id = incidents.id AND e.deleted_at IS NULL AND e.marker = 'CAUSE'),
    marker_fix_at = (SELECT MIN(e.occurred_at) FROM timeline_events e WHERE e.team_id = incidents.team_id
        AND e.incident_id = incidents.id AND e.deleted_at IS NULL AND e.marker = 'FIX'),
    marker_restored_at = (SELECT MIN(e.occurred_at) FROM timeline_events e WHERE e.team_id = incidents.team_id
        AND e.incident_id = incidents.id AND e.deleted_at IS NULL AND e.marker = 'RESTORED'),
    marker_resolved_at = (SELECT MAX(e.occurred_at) FROM timeline_events e WHERE e.team_id = incidents.team_id
        AND e.incident_id = incidents.id AND e.deleted_at IS NULL AND e.marker = 'RESOLVED');
