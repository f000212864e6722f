-- Action learning sets module: meetings. Each meeting has a coordinator (a member, rotating); attendance, air time per
-- member, presentations and the generated agenda are JSON arrays; the agenda is fixed when the meeting is created from
-- the previous meeting's committed actions.
CREATE TABLE als_meetings (
    id              TEXT    NOT NULL PRIMARY KEY,
    set_id          TEXT    NOT NULL REFERENCES als_sets (id),
    held_on         TEXT    NOT NULL,
    mode            TEXT    NOT NULL CHECK (mode IN ('InPerson', 'Phone', 'Video')),
    coordinator_id  TEXT    NOT NULL,
    attendance      TEXT    NOT NULL,
    air_time        TEXT    NOT NULL,
    presentations   TEXT    NOT NULL,
    main_points     TEXT    NOT NULL,
    agenda          TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX ix_als_meetings_set ON als_meetings (set_id, held_on);
