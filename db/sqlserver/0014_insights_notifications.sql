-- Insights module: reminders. A lease row names the instance that runs the reminder round until it expires, so that
-- several instances sharing the database never run a round at once. A notification is created once per recipient,
-- item and state (the unique key holds even when two rounds race); email_sent_at is set once its e-mail went out.
CREATE TABLE ins_leases (
    name        NVARCHAR(100)  NOT NULL PRIMARY KEY,
    holder      NVARCHAR(200)  NOT NULL,
    expires_at  DATETIMEOFFSET NOT NULL
);

CREATE TABLE ins_notifications (
    id                UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    recipient_id      UNIQUEIDENTIFIER NOT NULL,
    item_key          NVARCHAR(200)    NOT NULL,
    state             NVARCHAR(20)     NOT NULL CHECK (state IN ('Due', 'Overdue')),
    title             NVARCHAR(400)    NOT NULL,
    link              NVARCHAR(400)    NOT NULL,
    due_on            DATE             NOT NULL,
    created_at        DATETIMEOFFSET   NOT NULL,
    read_at           DATETIMEOFFSET   NULL,
    email_sent_at     DATETIMEOFFSET   NULL,
    email_attempts    INT              NOT NULL,
    email_last_error  NVARCHAR(1000)   NULL,
    CONSTRAINT uq_ins_notifications_item UNIQUE (recipient_id, item_key, state)
);
CREATE INDEX ix_ins_notifications_recipient ON ins_notifications (recipient_id, created_at, id);
CREATE INDEX ix_ins_notifications_unsent ON ins_notifications (email_sent_at, created_at);
