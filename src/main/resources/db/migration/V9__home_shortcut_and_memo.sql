-- App Home, the "Add to incident timeline" message shortcut, and action items from :memo: reactions.

-- One live event per Slack message per incident, however it was captured (a reaction or the
-- message shortcut): a second capture of the same message finds the first. Same name as before;
-- the predicate now covers every captured source (only captured events carry a message ts).
DROP INDEX timeline_one_live_event_per_message;
CREATE UNIQUE INDEX timeline_one_live_event_per_message
    ON timeline_events (team_id, incident_id, source_channel_id, source_ts)
    WHERE source_ts IS NOT NULL AND deleted_at IS NULL;

-- Open incidents of a workspace, newest first (App Home), and its resolved ones by resolution
-- time (post-mortems due; the message shortcut's "recently resolved").
CREATE INDEX incidents_open_by_team ON incidents (team_id, declared_at, id) WHERE status = 'OPEN';
CREATE INDEX incidents_resolved_by_team ON incidents (team_id, resolved_at, id) WHERE status = 'RESOLVED';

-- Action items recorded from a Slack message (a mapped reaction such as :memo:): the message they
-- came from, and whether its words are still to be fetched from Slack (0) or attached (1).
ALTER TABLE action_items ADD COLUMN source_channel_id TEXT;
ALTER TABLE action_items ADD COLUMN source_ts TEXT;
ALTER TABLE action_items ADD COLUMN enriched INTEGER NOT NULL DEFAULT 1;
-- The same message tagged twice (two people, or a retried delivery) is one item of the incident.
CREATE UNIQUE INDEX action_items_one_per_message
    ON action_items (team_id, incident_id, source_channel_id, source_ts)
    WHERE source_ts IS NOT NULL;
CREATE INDEX action_items_to_enrich ON action_items (enriched) WHERE enriched = 0;

-- Who looks at Scribe's App Home, and which page of each list they were on: Home views are
-- re-published for them when the data changes, on the page they left.
CREATE TABLE home_viewers (
    team_id          TEXT    NOT NULL,
    user_id          TEXT    NOT NULL,
    opened_at        BIGINT  NOT NULL,
    items_page       INTEGER NOT NULL DEFAULT 0,
    incidents_page   INTEGER NOT NULL DEFAULT 0,
    postmortems_page INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX home_viewers_recent ON home_viewers (team_id, opened_at);
