-- Audit module: the audit trail. One row per change, written in the change's own transaction. Rows are never changed or
-- removed: the trigger refuses it. Changes hold the values the change was made with as JSON, secrets redacted;
-- confidential (1) marks values only the person the record is about may read back.
CREATE TABLE aud_entries (
    id                 UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    occurred_at        DATETIMEOFFSET   NOT NULL,
    actor_person_id    UNIQUEIDENTIFIER NULL,
    action             NVARCHAR(100)    NOT NULL,
    record_type        NVARCHAR(100)    NOT NULL,
    record_id          UNIQUEIDENTIFIER NULL,
    subject_person_id  UNIQUEIDENTIFIER NULL,
    changes            NVARCHAR(MAX)    NOT NULL,
    confidential       BIT              NOT NULL,
    correlation_id     NVARCHAR(64)     NOT NULL
);
CREATE INDEX ix_aud_entries_occurred ON aud_entries (occurred_at, id);
CREATE INDEX ix_aud_entries_record ON aud_entries (record_id, occurred_at);
CREATE INDEX ix_aud_entries_subject ON aud_entries (subject_person_id, occurred_at);
CREATE INDEX ix_aud_entries_actor ON aud_entries (actor_person_id, occurred_at);
GO

-- CREATE TRIGGER must open its batch.
CREATE TRIGGER aud_entries_append_only ON aud_entries INSTEAD OF UPDATE, DELETE
AS
BEGIN
    THROW 51000, 'aud_entries is append-only: audit entries are never changed or removed.', 1;
END;
