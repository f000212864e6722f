-- Action learning sets module: meetings. Each meeting has a coordinator (a member, rotating); attendance, air time per
-- member, presentations and the generated agenda are JSON arrays; the agenda is fixed when the meeting is created from
-- the previous meeting's committed actions.
CREATE TABLE als_meetings (
    id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    set_id          UNIQUEIDENTIFIER NOT NULL REFERENCES als_sets (id),
    held_on         DATE             NOT NULL,
    mode            NVARCHAR(20)     NOT NULL CHECK (mode IN ('InPerson', 'Phone', 'Video')),
    coordinator_id  UNIQUEIDENTIFIER NOT NULL,
    attendance      NVARCHAR(MAX)    NOT NULL,
    air_time        NVARCHAR(MAX)    NOT NULL,
    presentations   NVARCHAR(MAX)    NOT NULL,
    main_points     NVARCHAR(MAX)    NOT NULL,
    agenda          NVARCHAR(MAX)    NOT NULL,
    created_by      UNIQUEIDENTIFIER NOT NULL,
    version         INT              NOT NULL,
    created_at      DATETIMEOFFSET   NOT NULL,
    updated_at      DATETIMEOFFSET   NOT NULL
);
CREATE INDEX ix_als_meetings_set ON als_meetings (set_id, held_on);
