-- Action learning sets module: sets of peers with a facilitator, and their members.
-- Status moves Forming -> Running -> Closed, only forward. Meetings come in a later migration.
CREATE TABLE als_sets (
    id               UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    name             NVARCHAR(200)    NOT NULL,
    purpose          NVARCHAR(4000)   NOT NULL,
    facilitator_id   UNIQUEIDENTIFIER NOT NULL,
    meeting_cadence  NVARCHAR(100)    NOT NULL,
    status           NVARCHAR(20)     NOT NULL CHECK (status IN ('Forming', 'Running', 'Closed')),
    created_by       UNIQUEIDENTIFIER NOT NULL,
    version          INT              NOT NULL,
    created_at       DATETIMEOFFSET   NOT NULL,
    updated_at       DATETIMEOFFSET   NOT NULL
);
CREATE INDEX ix_als_sets_name ON als_sets (name, id);
CREATE INDEX ix_als_sets_facilitator ON als_sets (facilitator_id);

CREATE TABLE als_set_members (
    set_id     UNIQUEIDENTIFIER NOT NULL REFERENCES als_sets (id),
    person_id  UNIQUEIDENTIFIER NOT NULL,
    joined_at  DATETIMEOFFSET   NOT NULL,
    PRIMARY KEY (set_id, person_id)
);
CREATE INDEX ix_als_set_members_person ON als_set_members (person_id);
