-- Reminders are one kind of outbox message (kind 'reminder', dedupe key recipient/day/kind): the
-- outbox replaces reminder_ledger, so there is one delivery mechanism, not two.
-- Reminders already sent or given up move over, so nobody is reminded twice on the day of the
-- upgrade. A reminder still waiting for a retry, or in flight, at the upgrade is planned again by
-- the next sweep: the ledger held no payload to send it from.
INSERT INTO outbox (team_id, kind, dedupe_key, payload, state, attempts, in_doubt, enqueued_at,
                    next_attempt_at, give_up_at, sent_ref, last_error, settled_at)
SELECT team_id,
       'reminder',
       recipient_id || '/' || period || '/' || LOWER(kind),
       '{"key":{"teamId":"' || team_id || '","recipientId":"' || recipient_id || '","period":"'
           || period || '","kind":"' || kind || '"},"zone":"UTC","items":[],"openCount":0}',
       state,
       attempts,
       0,
       claimed_at,
       next_attempt_at,
       claimed_at,
       message_ref,
       last_error,
       next_attempt_at
FROM reminder_ledger
WHERE state IN ('SENT', 'FAILED');

DROP TABLE reminder_ledger;
