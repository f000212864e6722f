-- Insights module: reminders. A lease row names the instance that runs the reminder round until it expires, so that
-- several instances sharing the database never run a round at once. A notification is created once per recipient,
-- item and state (the unique key holds even when two rounds race); email_sent_at is set once its e-mail went out.
CREATE TABLE ins_leases (
    name        TEXT NOT NULL PRIMARY KEY,
    holder      TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE TABLE ins_notifications (
    id                TEXT    NOT NULL PRIMARY KEY,
    recipient_id      TEXT    NOT NULL,
    item_key          TEXT    NOT NULL,
    state             TEXT    NOT NULL CHECK (state IN ('Due', 'Overdue')),
    title             TEXT    NOT NULL,
    link              TEXT    NOT NULL,
    due_on            TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    read_at           TEXT    NULL,
    email_sent_at     TEXT    NULL,
    email_attempts    INTEGER NOT NULL,
    email_last_error  TEXT    NULL,
    CONSTRAINT uq_ins_notifications_item UNIQUE (recipient_id, item_key, state)
);
CREATE INDEX ix_ins_notifications_recipient ON ins_notifications (recipient_id, created_at, id);
CREATE INDEX ix_ins_notifications_unsent ON ins_notifications (email_sent_at, created_at);
