-- Action learning sets module: sets of peers with a facilitator, and their members.
-- Status moves Forming -> Running -> Closed, only forward. Meetings come in a later migration.
CREATE TABLE als_sets (
    id               TEXT    NOT NULL PRIMARY KEY,
    name             TEXT    NOT NULL,
    purpose          TEXT    NOT NULL,
    facilitator_id   TEXT    NOT NULL,
    meeting_cadence  TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('Forming', 'Running', 'Closed')),
    created_by       TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX ix_als_sets_name ON als_sets (name, id);
CREATE INDEX ix_als_sets_facilitator ON als_sets (facilitator_id);

CREATE TABLE als_set_members (
    set_id     TEXT NOT NULL REFERENCES als_sets (id),
    person_id  TEXT NOT NULL,
    joined_at  TEXT NOT NULL,
    PRIMARY KEY (set_id, person_id)
);
CREATE INDEX ix_als_set_members_person ON als_set_members (person_id);
