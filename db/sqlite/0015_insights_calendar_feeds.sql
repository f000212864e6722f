-- Insights module: each person's secret calendar feed. Only the SHA-256 hash of the token is kept, so the link cannot be
-- read back from the database; creating a new one replaces the old, removing the row revokes it.
CREATE TABLE ins_calendar_feeds (
    person_id   TEXT NOT NULL PRIMARY KEY,
    token_hash  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CONSTRAINT uq_ins_calendar_feeds_token UNIQUE (token_hash)
);
