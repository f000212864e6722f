-- Needs identification module: business needs, 1:1 development discussions, individual
-- development needs with their learning outcomes, competency tags and history.
CREATE TABLE ni_business_needs (
    id                 UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    org_unit_id        UNIQUEIDENTIFIER NOT NULL,
    organisation_id    UNIQUEIDENTIFIER NOT NULL,
    title              NVARCHAR(200)    NOT NULL,
    business_objective NVARCHAR(2000)   NOT NULL,
    measure_name       NVARCHAR(200)    NOT NULL,
    measure_unit       NVARCHAR(50)     NOT NULL,
    baseline_value     DECIMAL(18,4)    NOT NULL,
    target_value       DECIMAL(18,4)    NOT NULL,
    priority           NVARCHAR(20)     NOT NULL CHECK (priority IN ('Low', 'Medium', 'High', 'Critical')),
    period_start       DATE             NOT NULL,
    period_end         DATE             NOT NULL,
    status             NVARCHAR(20)     NOT NULL CHECK (status IN ('Open', 'Achieved', 'Closed')),
    created_by         UNIQUEIDENTIFIER NOT NULL,
    updated_by         UNIQUEIDENTIFIER NOT NULL,
    version            INT              NOT NULL,
    created_at         DATETIMEOFFSET   NOT NULL,
    updated_at         DATETIMEOFFSET   NOT NULL
);
CREATE INDEX ix_ni_business_needs_unit ON ni_business_needs (org_unit_id, title, id);
CREATE INDEX ix_ni_business_needs_title ON ni_business_needs (title, id);

CREATE TABLE ni_discussions (
    id                   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    learner_id           UNIQUEIDENTIFIER NOT NULL,
    manager_id           UNIQUEIDENTIFIER NOT NULL,
    kind                 NVARCHAR(20)     NOT NULL CHECK (kind IN ('OneToOne', 'Appraisal', 'SixMonthReview')),
    held_on              DATE             NOT NULL,
    summary              NVARCHAR(4000)   NOT NULL,
    agreed_outcomes      NVARCHAR(MAX)    NOT NULL,
    next_discussion_on   DATE             NULL,
    learner_comment      NVARCHAR(4000)   NULL,
    learner_commented_at DATETIMEOFFSET   NULL,
    version              INT              NOT NULL,
    created_at           DATETIMEOFFSET   NOT NULL,
    updated_at           DATETIMEOFFSET   NOT NULL
);
CREATE INDEX ix_ni_discussions_learner ON ni_discussions (learner_id, held_on, id);

CREATE TABLE ni_development_needs (
    id                       UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    learner_id               UNIQUEIDENTIFIER NOT NULL,
    title                    NVARCHAR(200)    NOT NULL,
    performance_improvement  NVARCHAR(2000)   NOT NULL,
    target_role              NVARCHAR(200)    NULL,
    business_need_id         UNIQUEIDENTIFIER NULL REFERENCES ni_business_needs (id),
    discussion_id            UNIQUEIDENTIFIER NULL REFERENCES ni_discussions (id),
    origin                   NVARCHAR(30)     NOT NULL CHECK (origin IN ('BusinessRequirement', 'PerformanceGap', 'PersonalAspiration')),
    is_private               BIT              NOT NULL,
    priority                 NVARCHAR(20)     NOT NULL CHECK (priority IN ('Low', 'Medium', 'High', 'Critical')),
    status                   NVARCHAR(30)     NOT NULL CHECK (status IN ('Proposed', 'Identified', 'SolutionSelected', 'Contracted', 'InProgress', 'Completed', 'ImpactReviewed', 'Cancelled')),
    cancel_reason            NVARCHAR(1000)   NULL,
    created_by               UNIQUEIDENTIFIER NOT NULL,
    version                  INT              NOT NULL,
    created_at               DATETIMEOFFSET   NOT NULL,
    updated_at               DATETIMEOFFSET   NOT NULL
);
CREATE INDEX ix_ni_development_needs_learner ON ni_development_needs (learner_id, status);
CREATE INDEX ix_ni_development_needs_title ON ni_development_needs (title, id);
CREATE INDEX ix_ni_development_needs_business_need ON ni_development_needs (business_need_id);

CREATE TABLE ni_need_outcomes (
    need_id    UNIQUEIDENTIFIER NOT NULL REFERENCES ni_development_needs (id),
    position   INT              NOT NULL,
    statement  NVARCHAR(500)    NOT NULL,
    PRIMARY KEY (need_id, position)
);

CREATE TABLE ni_need_tags (
    need_id  UNIQUEIDENTIFIER NOT NULL REFERENCES ni_development_needs (id),
    tag      NVARCHAR(60)     NOT NULL,
    PRIMARY KEY (need_id, tag)
);

CREATE TABLE ni_need_events (
    id           UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    need_id      UNIQUEIDENTIFIER NOT NULL REFERENCES ni_development_needs (id),
    sequence     INT              NOT NULL,
    at           DATETIMEOFFSET   NOT NULL,
    by_person_id UNIQUEIDENTIFIER NOT NULL,
    action       NVARCHAR(30)     NOT NULL,
    from_status  NVARCHAR(30)     NULL,
    to_status    NVARCHAR(30)     NOT NULL,
    note         NVARCHAR(1000)   NULL
);
CREATE UNIQUE INDEX ux_ni_need_events_sequence ON ni_need_events (need_id, sequence);
