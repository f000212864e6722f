-- Insights module: each person's secret calendar feed. Only the SHA-256 hash of the token is kept, so the link cannot be
-- read back from the database; creating a new one replaces the old, removing the row revokes it.
CREATE TABLE ins_calendar_feeds (
    person_id   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    token_hash  NVARCHAR(64)     NOT NULL,
    created_at  DATETIMEOFFSET   NOT NULL,
    CONSTRAINT uq_ins_calendar_feeds_token UNIQUE (token_hash)
);
