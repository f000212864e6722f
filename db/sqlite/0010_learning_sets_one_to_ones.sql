-- Action learning sets module: the one-to-one each member has with the facilitator before the set first meets — their
-- development project as they describe it and the project reframed into something achievable. One per member of a set;
-- the facilitator (or HR) records it.
CREATE TABLE als_one_to_ones (
    set_id               TEXT    NOT NULL,
    member_id            TEXT    NOT NULL,
    held_on              TEXT    NOT NULL,
    development_project  TEXT    NOT NULL,
    reframed_project     TEXT    NOT NULL,
    notes                TEXT    NOT NULL,
    recorded_by          TEXT    NOT NULL,
    version              INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    PRIMARY KEY (set_id, member_id),
    FOREIGN KEY (set_id, member_id) REFERENCES als_set_members (set_id, person_id)
);
