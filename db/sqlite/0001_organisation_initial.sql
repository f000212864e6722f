-- Organisation module: org units, people, role grants and sign-in sessions.
CREATE TABLE org_units (
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('Organisation', 'Department', 'Team')),
    parent_id   TEXT    NULL REFERENCES org_units (id),
    version     INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX ix_org_units_parent ON org_units (parent_id);
CREATE INDEX ix_org_units_name ON org_units (name, id);

CREATE TABLE org_people (
    id                TEXT    NOT NULL PRIMARY KEY,
    display_name      TEXT    NOT NULL,
    email             TEXT    NOT NULL,
    email_normalized  TEXT    NOT NULL,
    job_title         TEXT    NOT NULL,
    org_unit_id       TEXT    NOT NULL REFERENCES org_units (id),
    manager_id        TEXT    NULL REFERENCES org_people (id),
    active            INTEGER NOT NULL,
    password_hash     TEXT    NULL,
    version           INTEGER NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_org_people_email ON org_people (email_normalized);
CREATE INDEX ix_org_people_manager ON org_people (manager_id);
CREATE INDEX ix_org_people_unit ON org_people (org_unit_id);
CREATE INDEX ix_org_people_name ON org_people (display_name, id);

CREATE TABLE org_person_roles (
    person_id  TEXT NOT NULL REFERENCES org_people (id),
    role       TEXT NOT NULL CHECK (role IN ('HR', 'Admin', 'Facilitator')),
    PRIMARY KEY (person_id, role)
);

CREATE TABLE org_sessions (
    id            TEXT NOT NULL PRIMARY KEY,
    person_id     TEXT NOT NULL REFERENCES org_people (id),
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    revoked_at    TEXT NULL
);
CREATE INDEX ix_org_sessions_person ON org_sessions (person_id);
