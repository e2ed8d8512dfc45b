-- Delivered and skipped messages are forgotten once old (OutboxRetention): this index finds them
-- without reading the messages still waiting, in flight or given up.
CREATE INDEX outbox_settled ON outbox (settled_at) WHERE state IN ('SENT', 'SKIPPED');
