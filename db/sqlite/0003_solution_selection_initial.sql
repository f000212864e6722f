-- Solution selection module: the extensible list of solution types, the provider register with
-- offerings, solution options appraised for a need, HR advice requests and corporate programmes.
CREATE TABLE ss_solution_types (
    code        TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    active      INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE ss_providers (
    id                   TEXT NOT NULL PRIMARY KEY,
    name                 TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('FeCollege', 'HeInstitution', 'PrivateProvider', 'ProfessionalBody', 'InternalAcademy')),
    preferred            INTEGER NOT NULL,
    preferred_review_on  TEXT NULL,
    accreditations       TEXT NOT NULL,
    contact_name         TEXT NULL,
    contact_email        TEXT NULL,
    website              TEXT NULL,
    active               INTEGER NOT NULL,
    version              INTEGER NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX ix_ss_providers_name ON ss_providers (name, id);

CREATE TABLE ss_offerings (
    id             TEXT NOT NULL PRIMARY KEY,
    provider_id    TEXT NOT NULL REFERENCES ss_providers (id),
    title          TEXT NOT NULL,
    solution_type  TEXT NOT NULL REFERENCES ss_solution_types (code),
    accredited     INTEGER NOT NULL,
    qualification  TEXT NULL,
    duration       TEXT NOT NULL,
    cost           NUMERIC NOT NULL,
    delivery_mode  TEXT NOT NULL CHECK (delivery_mode IN ('Classroom', 'Online', 'Blended', 'Workplace')),
    active         INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX ix_ss_offerings_provider ON ss_offerings (provider_id, title, id);

CREATE TABLE ss_programmes (
    id                  TEXT NOT NULL PRIMARY KEY,
    title               TEXT NOT NULL,
    competency_tag      TEXT NOT NULL,
    offering_id         TEXT NULL REFERENCES ss_offerings (id),
    cost_per_head       NUMERIC NOT NULL,
    total_cost          NUMERIC NULL,
    status              TEXT NOT NULL CHECK (status IN ('Proposed', 'Procuring', 'Running', 'Completed')),
    managers_consulted  TEXT NOT NULL,
    notes               TEXT NULL,
    created_by          TEXT NOT NULL,
    version             INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX ix_ss_programmes_title ON ss_programmes (title, id);

CREATE TABLE ss_options (
    id                     TEXT NOT NULL PRIMARY KEY,
    need_id                TEXT NOT NULL,
    learner_id             TEXT NOT NULL,
    solution_type          TEXT NOT NULL REFERENCES ss_solution_types (code),
    description            TEXT NOT NULL,
    offering_id            TEXT NULL REFERENCES ss_offerings (id),
    programme_id           TEXT NULL REFERENCES ss_programmes (id),
    knowledge_rating       INTEGER NULL CHECK (knowledge_rating BETWEEN 1 AND 5),
    knowledge_note         TEXT NULL,
    skill_rating           INTEGER NULL CHECK (skill_rating BETWEEN 1 AND 5),
    skill_note             TEXT NULL,
    behaviour_rating       INTEGER NULL CHECK (behaviour_rating BETWEEN 1 AND 5),
    behaviour_note         TEXT NULL,
    transfer_rating        INTEGER NULL CHECK (transfer_rating BETWEEN 1 AND 5),
    sustainability_rating  INTEGER NULL CHECK (sustainability_rating BETWEEN 1 AND 5),
    cost                   NUMERIC NULL,
    hours_away             NUMERIC NULL,
    status                 TEXT NOT NULL CHECK (status IN ('Proposed', 'Selected', 'Rejected')),
    decision_note          TEXT NULL,
    decided_by             TEXT NULL,
    decided_at             TEXT NULL,
    created_by             TEXT NOT NULL,
    version                INTEGER NOT NULL,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX ix_ss_options_need ON ss_options (need_id, created_at);

CREATE TABLE ss_advice_requests (
    id            TEXT NOT NULL PRIMARY KEY,
    need_id       TEXT NOT NULL,
    learner_id    TEXT NOT NULL,
    requested_by  TEXT NOT NULL,
    topics        TEXT NOT NULL,
    question      TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('Open', 'Answered')),
    answer        TEXT NULL,
    answered_by   TEXT NULL,
    answered_at   TEXT NULL,
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX ix_ss_advice_requests_status ON ss_advice_requests (status, created_at, id);
CREATE INDEX ix_ss_advice_requests_requester ON ss_advice_requests (requested_by, created_at, id);

CREATE TABLE ss_advice_recommendations (
    request_id   TEXT NOT NULL REFERENCES ss_advice_requests (id),
    offering_id  TEXT NOT NULL REFERENCES ss_offerings (id),
    PRIMARY KEY (request_id, offering_id)
);

CREATE TABLE ss_programme_enrolments (
    programme_id  TEXT NOT NULL REFERENCES ss_programmes (id),
    need_id       TEXT NOT NULL,
    option_id     TEXT NOT NULL REFERENCES ss_options (id),
    learner_id    TEXT NOT NULL,
    enrolled_by   TEXT NOT NULL,
    enrolled_at   TEXT NOT NULL,
    PRIMARY KEY (programme_id, need_id)
);
CREATE UNIQUE INDEX ux_ss_programme_enrolments_need ON ss_programme_enrolments (need_id);

INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('WorkShadowing', 'Work shadowing', 1, 1, 1, '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('CoachingOrMentoring', 'Coaching or mentoring', 2, 1, 1, '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('WorkPlacement', 'Work placement, temporary role change or special project', 3, 1, 1, '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('Secondment', 'Secondment with support', 4, 1, 1, '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('InHouseProgramme', 'In-house training programme', 5, 1, 1, '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('ExternalTraining', 'External training (accredited or not)', 6, 1, 1, '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('ELearning', 'E-learning with support', 7, 1, 1, '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('ActionLearningSet', 'Action learning set', 8, 1, 1, '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z');
