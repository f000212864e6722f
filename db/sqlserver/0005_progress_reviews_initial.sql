-- Progress reviews module: the review schedule of each active contract, what each review recorded
-- (per outcome, the learner's part and the manager's), the actions carried from review to review,
-- evidence files, mentoring notes, and the learner's ideas with the manager's response.
CREATE TABLE pr_reviews (
    id                 UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    contract_id        UNIQUEIDENTIFIER NOT NULL,
    learner_id         UNIQUEIDENTIFIER NOT NULL,
    scheduled_on       DATE NOT NULL,
    status             NVARCHAR(20) NOT NULL CHECK (status IN ('Scheduled', 'Held', 'Cancelled')),
    cancelled_reason   NVARCHAR(500) NULL,
    held_on            DATE NULL,
    time_given_hours   DECIMAL(9,2) NULL,
    barriers           NVARCHAR(4000) NULL,
    support_needed     NVARCHAR(4000) NULL,
    reflection         NVARCHAR(4000) NULL,
    manager_notes      NVARCHAR(4000) NULL,
    overall_status     NVARCHAR(20) NULL CHECK (overall_status IN ('OnTrack', 'AtRisk', 'OffTrack')),
    learner_part_by    UNIQUEIDENTIFIER NULL,
    learner_part_at    DATETIMEOFFSET NULL,
    manager_part_by    UNIQUEIDENTIFIER NULL,
    manager_part_at    DATETIMEOFFSET NULL,
    version            INT NOT NULL,
    created_at         DATETIMEOFFSET NOT NULL,
    updated_at         DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_pr_reviews_contract ON pr_reviews (contract_id, scheduled_on);
CREATE INDEX ix_pr_reviews_learner ON pr_reviews (learner_id, status, scheduled_on);

CREATE TABLE pr_review_outcomes (
    review_id      UNIQUEIDENTIFIER NOT NULL REFERENCES pr_reviews (id),
    outcome_index  INT NOT NULL,
    outcome        NVARCHAR(2000) NOT NULL,
    rating         NVARCHAR(20) NULL CHECK (rating IN ('NotStarted', 'Progressing', 'Achieved')),
    evidence       NVARCHAR(4000) NULL,
    links          NVARCHAR(MAX) NOT NULL,
    PRIMARY KEY (review_id, outcome_index)
);

CREATE TABLE pr_actions (
    id                   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    contract_id          UNIQUEIDENTIFIER NOT NULL,
    raised_in_review_id  UNIQUEIDENTIFIER NOT NULL REFERENCES pr_reviews (id),
    description          NVARCHAR(4000) NOT NULL,
    owner_id             UNIQUEIDENTIFIER NOT NULL,
    due_on               DATE NOT NULL,
    status               NVARCHAR(20) NOT NULL CHECK (status IN ('Open', 'Done')),
    done_in_review_id    UNIQUEIDENTIFIER NULL REFERENCES pr_reviews (id),
    created_at           DATETIMEOFFSET NOT NULL,
    updated_at           DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_pr_actions_contract ON pr_actions (contract_id, status);
CREATE INDEX ix_pr_actions_review ON pr_actions (raised_in_review_id);

CREATE TABLE pr_evidence_files (
    id             UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    review_id      UNIQUEIDENTIFIER NOT NULL REFERENCES pr_reviews (id),
    outcome_index  INT NOT NULL,
    file_name      NVARCHAR(255) NOT NULL,
    content_type   NVARCHAR(100) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    content        VARBINARY(MAX) NOT NULL,
    uploaded_by    UNIQUEIDENTIFIER NOT NULL,
    uploaded_at    DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_pr_evidence_files_review ON pr_evidence_files (review_id, outcome_index);

CREATE TABLE pr_mentoring_notes (
    id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    review_id   UNIQUEIDENTIFIER NOT NULL REFERENCES pr_reviews (id),
    author_id   UNIQUEIDENTIFIER NOT NULL,
    note        NVARCHAR(4000) NOT NULL,
    created_at  DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_pr_mentoring_notes_review ON pr_mentoring_notes (review_id, created_at);

CREATE TABLE pr_ideas (
    id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    contract_id     UNIQUEIDENTIFIER NOT NULL,
    learner_id      UNIQUEIDENTIFIER NOT NULL,
    title           NVARCHAR(200) NOT NULL,
    description     NVARCHAR(4000) NOT NULL,
    status          NVARCHAR(20) NOT NULL CHECK (status IN ('Open', 'Championed', 'Implemented', 'Declined')),
    response        NVARCHAR(2000) NULL,
    responded_by    UNIQUEIDENTIFIER NULL,
    responded_at    DATETIMEOFFSET NULL,
    raised_at       DATETIMEOFFSET NOT NULL,
    version         INT NOT NULL,
    updated_at      DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_pr_ideas_contract ON pr_ideas (contract_id, raised_at);
CREATE INDEX ix_pr_ideas_learner ON pr_ideas (learner_id, status);
