-- Audit module: the audit trail. One row per change, written in the change's own transaction. Rows are never changed or
-- removed: the triggers refuse it. Changes hold the values the change was made with as JSON, secrets redacted;
-- confidential (1) marks values only the person the record is about may read back.
CREATE TABLE aud_entries (
    id                 TEXT    NOT NULL PRIMARY KEY,
    occurred_at        TEXT    NOT NULL,
    actor_person_id    TEXT    NULL,
    action             TEXT    NOT NULL,
    record_type        TEXT    NOT NULL,
    record_id          TEXT    NULL,
    subject_person_id  TEXT    NULL,
    changes            TEXT    NOT NULL,
    confidential       INTEGER NOT NULL CHECK (confidential IN (0, 1)),
    correlation_id     TEXT    NOT NULL
);
CREATE INDEX ix_aud_entries_occurred ON aud_entries (occurred_at, id);
CREATE INDEX ix_aud_entries_record ON aud_entries (record_id, occurred_at);
CREATE INDEX ix_aud_entries_subject ON aud_entries (subject_person_id, occurred_at);
CREATE INDEX ix_aud_entries_actor ON aud_entries (actor_person_id, occurred_at);

CREATE TRIGGER aud_entries_no_update BEFORE UPDATE ON aud_entries
BEGIN
    SELECT RAISE(ABORT, 'aud_entries is append-only: audit entries are never changed.');
END;

CREATE TRIGGER aud_entries_no_delete BEFORE DELETE ON aud_entries
BEGIN
    SELECT RAISE(ABORT, 'aud_entries is append-only: audit entries are never removed.');
END;
