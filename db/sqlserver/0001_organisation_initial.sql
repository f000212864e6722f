-- Organisation module: org units, people, role grants and sign-in sessions.
CREATE TABLE org_units (
    id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    name        NVARCHAR(200)    NOT NULL,
    kind        NVARCHAR(20)     NOT NULL CHECK (kind IN ('Organisation', 'Department', 'Team')),
    parent_id   UNIQUEIDENTIFIER NULL REFERENCES org_units (id),
    version     INT              NOT NULL,
    created_at  DATETIMEOFFSET   NOT NULL,
    updated_at  DATETIMEOFFSET   NOT NULL
);
CREATE INDEX ix_org_units_parent ON org_units (parent_id);
CREATE INDEX ix_org_units_name ON org_units (name, id);

CREATE TABLE org_people (
    id                UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    display_name      NVARCHAR(200)    NOT NULL,
    email             NVARCHAR(256)    NOT NULL,
    email_normalized  NVARCHAR(256)    NOT NULL,
    job_title         NVARCHAR(200)    NOT NULL,
    org_unit_id       UNIQUEIDENTIFIER NOT NULL REFERENCES org_units (id),
    manager_id        UNIQUEIDENTIFIER NULL REFERENCES org_people (id),
    active            BIT              NOT NULL,
    password_hash     NVARCHAR(400)    NULL,
    version           INT              NOT NULL,
    created_at        DATETIMEOFFSET   NOT NULL,
    updated_at        DATETIMEOFFSET   NOT NULL
);
CREATE UNIQUE INDEX ux_org_people_email ON org_people (email_normalized);
CREATE INDEX ix_org_people_manager ON org_people (manager_id);
CREATE INDEX ix_org_people_unit ON org_people (org_unit_id);
CREATE INDEX ix_org_people_name ON org_people (display_name, id);

CREATE TABLE org_person_roles (
    person_id  UNIQUEIDENTIFIER NOT NULL REFERENCES org_people (id),
    role       NVARCHAR(20)     NOT NULL CHECK (role IN ('HR', 'Admin', 'Facilitator')),
    PRIMARY KEY (person_id, role)
);

CREATE TABLE org_sessions (
    id            UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    person_id     UNIQUEIDENTIFIER NOT NULL REFERENCES org_people (id),
    created_at    DATETIMEOFFSET   NOT NULL,
    expires_at    DATETIMEOFFSET   NOT NULL,
    revoked_at    DATETIMEOFFSET   NULL
);
CREATE INDEX ix_org_sessions_person ON org_sessions (person_id);
