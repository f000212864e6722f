-- Action learning sets module: the one-to-one each member has with the facilitator before the set first meets — their
-- development project as they describe it and the project reframed into something achievable. One per member of a set;
-- the facilitator (or HR) records it.
CREATE TABLE als_one_to_ones (
    set_id               UNIQUEIDENTIFIER NOT NULL,
    member_id            UNIQUEIDENTIFIER NOT NULL,
    held_on              DATE             NOT NULL,
    development_project  NVARCHAR(4000)   NOT NULL,
    reframed_project     NVARCHAR(4000)   NOT NULL,
    notes                NVARCHAR(4000)   NOT NULL,
    recorded_by          UNIQUEIDENTIFIER NOT NULL,
    version              INT              NOT NULL,
    created_at           DATETIMEOFFSET   NOT NULL,
    updated_at           DATETIMEOFFSET   NOT NULL,
    PRIMARY KEY (set_id, member_id),
    FOREIGN KEY (set_id, member_id) REFERENCES als_set_members (set_id, person_id)
);
