-- Solution selection module: the extensible list of solution types, the provider register with
-- offerings, solution options appraised for a need, HR advice requests and corporate programmes.
CREATE TABLE ss_solution_types (
    code        NVARCHAR(40) NOT NULL PRIMARY KEY,
    name        NVARCHAR(200) NOT NULL,
    position    INT NOT NULL,
    active      BIT NOT NULL,
    version     INT NOT NULL,
    created_at  DATETIMEOFFSET NOT NULL,
    updated_at  DATETIMEOFFSET NOT NULL
);

CREATE TABLE ss_providers (
    id                   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    name                 NVARCHAR(200) NOT NULL,
    kind                 NVARCHAR(30) NOT NULL CHECK (kind IN ('FeCollege', 'HeInstitution', 'PrivateProvider', 'ProfessionalBody', 'InternalAcademy')),
    preferred            BIT NOT NULL,
    preferred_review_on  DATE NULL,
    accreditations       NVARCHAR(MAX) NOT NULL,
    contact_name         NVARCHAR(200) NULL,
    contact_email        NVARCHAR(256) NULL,
    website              NVARCHAR(400) NULL,
    active               BIT NOT NULL,
    version              INT NOT NULL,
    created_at           DATETIMEOFFSET NOT NULL,
    updated_at           DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_ss_providers_name ON ss_providers (name, id);

CREATE TABLE ss_offerings (
    id             UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    provider_id    UNIQUEIDENTIFIER NOT NULL REFERENCES ss_providers (id),
    title          NVARCHAR(200) NOT NULL,
    solution_type  NVARCHAR(40) NOT NULL REFERENCES ss_solution_types (code),
    accredited     BIT NOT NULL,
    qualification  NVARCHAR(200) NULL,
    duration       NVARCHAR(100) NOT NULL,
    cost           DECIMAL(18,2) NOT NULL,
    delivery_mode  NVARCHAR(20) NOT NULL CHECK (delivery_mode IN ('Classroom', 'Online', 'Blended', 'Workplace')),
    active         BIT NOT NULL,
    version        INT NOT NULL,
    created_at     DATETIMEOFFSET NOT NULL,
    updated_at     DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_ss_offerings_provider ON ss_offerings (provider_id, title, id);

CREATE TABLE ss_programmes (
    id                  UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    title               NVARCHAR(200) NOT NULL,
    competency_tag      NVARCHAR(60) NOT NULL,
    offering_id         UNIQUEIDENTIFIER NULL REFERENCES ss_offerings (id),
    cost_per_head       DECIMAL(18,2) NOT NULL,
    total_cost          DECIMAL(18,2) NULL,
    status              NVARCHAR(20) NOT NULL CHECK (status IN ('Proposed', 'Procuring', 'Running', 'Completed')),
    managers_consulted  NVARCHAR(MAX) NOT NULL,
    notes               NVARCHAR(4000) NULL,
    created_by          UNIQUEIDENTIFIER NOT NULL,
    version             INT NOT NULL,
    created_at          DATETIMEOFFSET NOT NULL,
    updated_at          DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_ss_programmes_title ON ss_programmes (title, id);

CREATE TABLE ss_options (
    id                     UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    need_id                UNIQUEIDENTIFIER NOT NULL,
    learner_id             UNIQUEIDENTIFIER NOT NULL,
    solution_type          NVARCHAR(40) NOT NULL REFERENCES ss_solution_types (code),
    description            NVARCHAR(4000) NOT NULL,
    offering_id            UNIQUEIDENTIFIER NULL REFERENCES ss_offerings (id),
    programme_id           UNIQUEIDENTIFIER NULL REFERENCES ss_programmes (id),
    knowledge_rating       INT NULL CHECK (knowledge_rating BETWEEN 1 AND 5),
    knowledge_note         NVARCHAR(1000) NULL,
    skill_rating           INT NULL CHECK (skill_rating BETWEEN 1 AND 5),
    skill_note             NVARCHAR(1000) NULL,
    behaviour_rating       INT NULL CHECK (behaviour_rating BETWEEN 1 AND 5),
    behaviour_note         NVARCHAR(1000) NULL,
    transfer_rating        INT NULL CHECK (transfer_rating BETWEEN 1 AND 5),
    sustainability_rating  INT NULL CHECK (sustainability_rating BETWEEN 1 AND 5),
    cost                   DECIMAL(18,2) NULL,
    hours_away             DECIMAL(9,1) NULL,
    status                 NVARCHAR(20) NOT NULL CHECK (status IN ('Proposed', 'Selected', 'Rejected')),
    decision_note          NVARCHAR(2000) NULL,
    decided_by             UNIQUEIDENTIFIER NULL,
    decided_at             DATETIMEOFFSET NULL,
    created_by             UNIQUEIDENTIFIER NOT NULL,
    version                INT NOT NULL,
    created_at             DATETIMEOFFSET NOT NULL,
    updated_at             DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_ss_options_need ON ss_options (need_id, created_at);

CREATE TABLE ss_advice_requests (
    id            UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    need_id       UNIQUEIDENTIFIER NOT NULL,
    learner_id    UNIQUEIDENTIFIER NOT NULL,
    requested_by  UNIQUEIDENTIFIER NOT NULL,
    topics        NVARCHAR(400) NOT NULL,
    question      NVARCHAR(4000) NOT NULL,
    status        NVARCHAR(20) NOT NULL CHECK (status IN ('Open', 'Answered')),
    answer        NVARCHAR(4000) NULL,
    answered_by   UNIQUEIDENTIFIER NULL,
    answered_at   DATETIMEOFFSET NULL,
    version       INT NOT NULL,
    created_at    DATETIMEOFFSET NOT NULL,
    updated_at    DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_ss_advice_requests_status ON ss_advice_requests (status, created_at, id);
CREATE INDEX ix_ss_advice_requests_requester ON ss_advice_requests (requested_by, created_at, id);

CREATE TABLE ss_advice_recommendations (
    request_id   UNIQUEIDENTIFIER NOT NULL REFERENCES ss_advice_requests (id),
    offering_id  UNIQUEIDENTIFIER NOT NULL REFERENCES ss_offerings (id),
    PRIMARY KEY (request_id, offering_id)
);

CREATE TABLE ss_programme_enrolments (
    programme_id  UNIQUEIDENTIFIER NOT NULL REFERENCES ss_programmes (id),
    need_id       UNIQUEIDENTIFIER NOT NULL,
    option_id     UNIQUEIDENTIFIER NOT NULL REFERENCES ss_options (id),
    learner_id    UNIQUEIDENTIFIER NOT NULL,
    enrolled_by   UNIQUEIDENTIFIER NOT NULL,
    enrolled_at   DATETIMEOFFSET NOT NULL,
    PRIMARY KEY (programme_id, need_id)
);
CREATE UNIQUE INDEX ux_ss_programme_enrolments_need ON ss_programme_enrolments (need_id);

INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('WorkShadowing', 'Work shadowing', 1, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('CoachingOrMentoring', 'Coaching or mentoring', 2, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('WorkPlacement', 'Work placement, temporary role change or special project', 3, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('Secondment', 'Secondment with support', 4, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('InHouseProgramme', 'In-house training programme', 5, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('ExternalTraining', 'External training (accredited or not)', 6, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('ELearning', 'E-learning with support', 7, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at) VALUES ('ActionLearningSet', 'Action learning set', 8, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
