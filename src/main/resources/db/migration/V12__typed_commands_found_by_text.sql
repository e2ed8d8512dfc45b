-- A retyped /pm event is found by its text among the commands the same person typed in the same
-- channel within the last minutes. With only (team, channel, user, time) indexed, each look read
-- every one of those commands to compare its text, so under load (hundreds a minute) the cost of
-- an event grew with the rate of events. A prefix of the text joins the index: one seek, and
-- index entries stay small (PostgreSQL refuses entries over about 2.7 kB; a command can be
-- longer). The query names the same expression, substr(text, 1, 100), so both databases use it.
CREATE INDEX typed_event_commands_by_text
    ON typed_event_commands (team_id, channel_id, user_id, substr(text, 1, 100), received_at);
DROP INDEX typed_event_commands_recent;
