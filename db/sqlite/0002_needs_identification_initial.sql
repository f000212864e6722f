-- Needs identification module: business needs, 1:1 development discussions, individual
-- development needs with their learning outcomes, competency tags and history.
CREATE TABLE ni_business_needs (
    id                 TEXT    NOT NULL PRIMARY KEY,
    org_unit_id        TEXT    NOT NULL,
    organisation_id    TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    business_objective TEXT    NOT NULL,
    measure_name       TEXT    NOT NULL,
    measure_unit       TEXT    NOT NULL,
    baseline_value     NUMERIC NOT NULL,
    target_value       NUMERIC NOT NULL,
    priority           TEXT    NOT NULL CHECK (priority IN ('Low', 'Medium', 'High', 'Critical')),
    period_start       TEXT    NOT NULL,
    period_end         TEXT    NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('Open', 'Achieved', 'Closed')),
    created_by         TEXT    NOT NULL,
    updated_by         TEXT    NOT NULL,
    version            INTEGER NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);
CREATE INDEX ix_ni_business_needs_unit ON ni_business_needs (org_unit_id, title, id);
CREATE INDEX ix_ni_business_needs_title ON ni_business_needs (title, id);

CREATE TABLE ni_discussions (
    id                   TEXT    NOT NULL PRIMARY KEY,
    learner_id           TEXT    NOT NULL,
    manager_id           TEXT    NOT NULL,
    kind                 TEXT    NOT NULL CHECK (kind IN ('OneToOne', 'Appraisal', 'SixMonthReview')),
    held_on              TEXT    NOT NULL,
    summary              TEXT    NOT NULL,
    agreed_outcomes      TEXT    NOT NULL,
    next_discussion_on   TEXT    NULL,
    learner_comment      TEXT    NULL,
    learner_commented_at TEXT    NULL,
    version              INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);
CREATE INDEX ix_ni_discussions_learner ON ni_discussions (learner_id, held_on, id);

CREATE TABLE ni_development_needs (
    id                       TEXT    NOT NULL PRIMARY KEY,
    learner_id               TEXT    NOT NULL,
    title                    TEXT    NOT NULL,
    performance_improvement  TEXT    NOT NULL,
    target_role              TEXT    NULL,
    business_need_id         TEXT    NULL REFERENCES ni_business_needs (id),
    discussion_id            TEXT    NULL REFERENCES ni_discussions (id),
    origin                   TEXT    NOT NULL CHECK (origin IN ('BusinessRequirement', 'PerformanceGap', 'PersonalAspiration')),
    is_private               INTEGER NOT NULL,
    priority                 TEXT    NOT NULL CHECK (priority IN ('Low', 'Medium', 'High', 'Critical')),
    status                   TEXT    NOT NULL CHECK (status IN ('Proposed', 'Identified', 'SolutionSelected', 'Contracted', 'InProgress', 'Completed', 'ImpactReviewed', 'Cancelled')),
    cancel_reason            TEXT    NULL,
    created_by               TEXT    NOT NULL,
    version                  INTEGER NOT NULL,
    created_at               TEXT    NOT NULL,
    updated_at               TEXT    NOT NULL
);
CREATE INDEX ix_ni_development_needs_learner ON ni_development_needs (learner_id, status);
CREATE INDEX ix_ni_development_needs_title ON ni_development_needs (title, id);
CREATE INDEX ix_ni_development_needs_business_need ON ni_development_needs (business_need_id);

CREATE TABLE ni_need_outcomes (
    need_id    TEXT    NOT NULL REFERENCES ni_development_needs (id),
    position   INTEGER NOT NULL,
    statement  TEXT    NOT NULL,
    PRIMARY KEY (need_id, position)
);

CREATE TABLE ni_need_tags (
    need_id  TEXT NOT NULL REFERENCES ni_development_needs (id),
    tag      TEXT NOT NULL,
    PRIMARY KEY (need_id, tag)
);

CREATE TABLE ni_need_events (
    id           TEXT NOT NULL PRIMARY KEY,
    need_id      TEXT NOT NULL REFERENCES ni_development_needs (id),
    sequence     INTEGER NOT NULL,
    at           TEXT NOT NULL,
    by_person_id TEXT NOT NULL,
    action       TEXT NOT NULL,
    from_status  TEXT NULL,
    to_status    TEXT NOT NULL,
    note         TEXT NULL
);
CREATE UNIQUE INDEX ux_ni_need_events_sequence ON ni_need_events (need_id, sequence);
