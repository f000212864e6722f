-- Progress reviews module: the review schedule of each active contract, what each review recorded
-- (per outcome, the learner's part and the manager's), the actions carried from review to review,
-- evidence files, mentoring notes, and the learner's ideas with the manager's response.
CREATE TABLE pr_reviews (
    id                 TEXT NOT NULL PRIMARY KEY,
    contract_id        TEXT NOT NULL,
    learner_id         TEXT NOT NULL,
    scheduled_on       TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('Scheduled', 'Held', 'Cancelled')),
    cancelled_reason   TEXT NULL,
    held_on            TEXT NULL,
    time_given_hours   NUMERIC NULL,
    barriers           TEXT NULL,
    support_needed     TEXT NULL,
    reflection         TEXT NULL,
    manager_notes      TEXT NULL,
    overall_status     TEXT NULL CHECK (overall_status IN ('OnTrack', 'AtRisk', 'OffTrack')),
    learner_part_by    TEXT NULL,
    learner_part_at    TEXT NULL,
    manager_part_by    TEXT NULL,
    manager_part_at    TEXT NULL,
    version            INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX ix_pr_reviews_contract ON pr_reviews (contract_id, scheduled_on);
CREATE INDEX ix_pr_reviews_learner ON pr_reviews (learner_id, status, scheduled_on);

CREATE TABLE pr_review_outcomes (
    review_id      TEXT NOT NULL REFERENCES pr_reviews (id),
    outcome_index  INTEGER NOT NULL,
    outcome        TEXT NOT NULL,
    rating         TEXT NULL CHECK (rating IN ('NotStarted', 'Progressing', 'Achieved')),
    evidence       TEXT NULL,
    links          TEXT NOT NULL,
    PRIMARY KEY (review_id, outcome_index)
);

CREATE TABLE pr_actions (
    id                   TEXT NOT NULL PRIMARY KEY,
    contract_id          TEXT NOT NULL,
    raised_in_review_id  TEXT NOT NULL REFERENCES pr_reviews (id),
    description          TEXT NOT NULL,
    owner_id             TEXT NOT NULL,
    due_on               TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('Open', 'Done')),
    done_in_review_id    TEXT NULL REFERENCES pr_reviews (id),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX ix_pr_actions_contract ON pr_actions (contract_id, status);
CREATE INDEX ix_pr_actions_review ON pr_actions (raised_in_review_id);

CREATE TABLE pr_evidence_files (
    id             TEXT NOT NULL PRIMARY KEY,
    review_id      TEXT NOT NULL REFERENCES pr_reviews (id),
    outcome_index  INTEGER NOT NULL,
    file_name      TEXT NOT NULL,
    content_type   TEXT NOT NULL,
    size_bytes     INTEGER NOT NULL,
    content        BLOB NOT NULL,
    uploaded_by    TEXT NOT NULL,
    uploaded_at    TEXT NOT NULL
);
CREATE INDEX ix_pr_evidence_files_review ON pr_evidence_files (review_id, outcome_index);

CREATE TABLE pr_mentoring_notes (
    id          TEXT NOT NULL PRIMARY KEY,
    review_id   TEXT NOT NULL REFERENCES pr_reviews (id),
    author_id   TEXT NOT NULL,
    note        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX ix_pr_mentoring_notes_review ON pr_mentoring_notes (review_id, created_at);

CREATE TABLE pr_ideas (
    id              TEXT NOT NULL PRIMARY KEY,
    contract_id     TEXT NOT NULL,
    learner_id      TEXT NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('Open', 'Championed', 'Implemented', 'Declined')),
    response        TEXT NULL,
    responded_by    TEXT NULL,
    responded_at    TEXT NULL,
    raised_at       TEXT NOT NULL,
    version         INTEGER NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX ix_pr_ideas_contract ON pr_ideas (contract_id, raised_at);
CREATE INDEX ix_pr_ideas_learner ON pr_ideas (learner_id, status);
