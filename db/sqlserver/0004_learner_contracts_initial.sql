-- Learner contracts module: the contract between learner and manager, every version of its terms
-- with the signatures bound to it, and the outbox of events other modules react to.
CREATE TABLE lc_contracts (
    id                    UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    need_id               UNIQUEIDENTIFIER NOT NULL,
    learner_id            UNIQUEIDENTIFIER NOT NULL,
    manager_id            UNIQUEIDENTIFIER NOT NULL,
    option_id             UNIQUEIDENTIFIER NOT NULL,
    solution_type         NVARCHAR(40) NOT NULL,
    solution_description  NVARCHAR(4000) NOT NULL,
    status                NVARCHAR(20) NOT NULL CHECK (status IN ('Draft', 'Proposed', 'Agreed', 'Active', 'Completed', 'Withdrawn')),
    in_force_number       INT NULL,
    pending_number        INT NULL,
    completed_on          DATE NULL,
    completion_outcome    NVARCHAR(30) NULL CHECK (completion_outcome IN ('Completed', 'PartlyCompleted')),
    withdrawal_reason     NVARCHAR(2000) NULL,
    version               INT NOT NULL,
    created_at            DATETIMEOFFSET NOT NULL,
    updated_at            DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_lc_contracts_learner ON lc_contracts (learner_id, status);
CREATE INDEX ix_lc_contracts_need ON lc_contracts (need_id);

CREATE TABLE lc_contract_versions (
    contract_id        UNIQUEIDENTIFIER NOT NULL REFERENCES lc_contracts (id),
    number             INT NOT NULL,
    status             NVARCHAR(20) NOT NULL CHECK (status IN ('Draft', 'Proposed', 'Agreed', 'Superseded', 'Discarded')),
    terms              NVARCHAR(MAX) NOT NULL,
    start_date         DATE NOT NULL,
    end_date           DATE NOT NULL,
    mentor_id          UNIQUEIDENTIFIER NULL,
    learner_signed_by  UNIQUEIDENTIFIER NULL,
    learner_signed_at  DATETIMEOFFSET NULL,
    manager_signed_by  UNIQUEIDENTIFIER NULL,
    manager_signed_at  DATETIMEOFFSET NULL,
    change_comment     NVARCHAR(2000) NULL,
    created_by         UNIQUEIDENTIFIER NOT NULL,
    created_at         DATETIMEOFFSET NOT NULL,
    updated_at         DATETIMEOFFSET NOT NULL,
    PRIMARY KEY (contract_id, number)
);
CREATE INDEX ix_lc_contract_versions_mentor ON lc_contract_versions (mentor_id);

CREATE TABLE lc_outbox (
    id            UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    event_type    NVARCHAR(60) NOT NULL,
    payload       NVARCHAR(MAX) NOT NULL,
    occurred_at   DATETIMEOFFSET NOT NULL,
    processed_at  DATETIMEOFFSET NULL
);
CREATE INDEX ix_lc_outbox_pending ON lc_outbox (processed_at, occurred_at);
