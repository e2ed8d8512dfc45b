-- Post-mortem templates a workspace stored with `/pm template save NAME`.
CREATE TABLE draft_templates (
    team_id    TEXT   NOT NULL,
    name       TEXT   NOT NULL,
    source     TEXT   NOT NULL,
    updated_by TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, name)
);
