-- The reminder sweep looks, across workspaces, for incidents resolved in the last few months whose
-- post-mortem is not Final: a range on this index, so its cost follows recent resolutions.
CREATE INDEX incidents_resolved ON incidents (resolved_at) WHERE status = 'RESOLVED';
