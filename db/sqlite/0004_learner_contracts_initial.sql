-- Learner contracts module: the contract between learner and manager, every version of its terms
-- with the signatures bound to it, and the outbox of events other modules react to.
CREATE TABLE lc_contracts (
    id                    TEXT NOT NULL PRIMARY KEY,
    need_id               TEXT NOT NULL,
    learner_id            TEXT NOT NULL,
    manager_id            TEXT NOT NULL,
    option_id             TEXT NOT NULL,
    solution_type         TEXT NOT NULL,
    solution_description  TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('Draft', 'Proposed', 'Agreed', 'Active', 'Completed', 'Withdrawn')),
    in_force_number       INTEGER NULL,
    pending_number        INTEGER NULL,
    completed_on          TEXT NULL,
    completion_outcome    TEXT NULL CHECK (completion_outcome IN ('Completed', 'PartlyCompleted')),
    withdrawal_reason     TEXT NULL,
    version               INTEGER NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX ix_lc_contracts_learner ON lc_contracts (learner_id, status);
CREATE INDEX ix_lc_contracts_need ON lc_contracts (need_id);

CREATE TABLE lc_contract_versions (
    contract_id        TEXT NOT NULL REFERENCES lc_contracts (id),
    number             INTEGER NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('Draft', 'Proposed', 'Agreed', 'Superseded', 'Discarded')),
    terms              TEXT NOT NULL,
    start_date         TEXT NOT NULL,
    end_date           TEXT NOT NULL,
    mentor_id          TEXT NULL,
    learner_signed_by  TEXT NULL,
    learner_signed_at  TEXT NULL,
    manager_signed_by  TEXT NULL,
    manager_signed_at  TEXT NULL,
    change_comment     TEXT NULL,
    created_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (contract_id, number)
);
CREATE INDEX ix_lc_contract_versions_mentor ON lc_contract_versions (mentor_id);

CREATE TABLE lc_outbox (
    id            TEXT NOT NULL PRIMARY KEY,
    event_type    TEXT NOT NULL,
    payload       TEXT NOT NULL,
    occurred_at   TEXT NOT NULL,
    processed_at  TEXT NULL
);
CREATE INDEX ix_lc_outbox_pending ON lc_outbox (processed_at, occurred_at);
