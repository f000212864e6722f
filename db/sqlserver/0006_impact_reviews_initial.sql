-- Impact reviews module: one review per completed contract, due from one to three months after
-- the learning finished. It follows Kirkpatrick's four levels (reaction, learning, behaviour,
-- results) and Phillips' ROI method (isolation of effects, fully loaded costs, ROI and BCR).
-- window_opens_on / window_closes_on are stored so that pending, due and overdue are date ranges.
-- adjusted_benefit, total_costs, roi_percent and benefit_cost_ratio are written by the server from
-- the other columns (never sent by a client) so that reports can aggregate them.
CREATE TABLE ir_reviews (
    id                     UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    contract_id            UNIQUEIDENTIFIER NOT NULL,
    need_id                UNIQUEIDENTIFIER NOT NULL,
    learner_id             UNIQUEIDENTIFIER NOT NULL,
    manager_id             UNIQUEIDENTIFIER NOT NULL,
    need_title             NVARCHAR(200)    NOT NULL,
    solution_description   NVARCHAR(4000)   NOT NULL,
    learning_completed_on  DATE             NOT NULL,
    window_opens_on        DATE             NOT NULL,
    window_closes_on       DATE             NOT NULL,
    status                 NVARCHAR(20)     NOT NULL CHECK (status IN ('Open', 'Completed')),
    reaction_rating        INT              NULL CHECK (reaction_rating BETWEEN 1 AND 5),
    reaction_comment       NVARCHAR(4000)   NULL,
    learner_part_by        UNIQUEIDENTIFIER NULL,
    learner_part_at        DATETIMEOFFSET   NULL,
    behaviour_examples     NVARCHAR(4000)   NULL,
    transfer_rating        INT              NULL CHECK (transfer_rating BETWEEN 1 AND 5),
    barriers               NVARCHAR(4000)   NULL,
    enablers               NVARCHAR(4000)   NULL,
    measure_name           NVARCHAR(200)    NOT NULL,
    measure_unit           NVARCHAR(50)     NOT NULL,
    baseline_value         DECIMAL(18,4)    NOT NULL,
    baseline_date          DATE             NOT NULL,
    value_now              DECIMAL(18,4)    NULL,
    value_now_on           DATE             NULL,
    isolation_method       NVARCHAR(20)     NULL CHECK (isolation_method IN ('ControlGroup', 'TrendLine', 'Estimate')),
    attribution_percent    DECIMAL(5,2)     NULL,
    confidence_percent     DECIMAL(5,2)     NULL,
    benefit_per_unit       DECIMAL(18,2)    NULL,
    annualised_benefit     DECIMAL(18,2)    NULL,
    fees                   DECIMAL(18,2)    NULL,
    travel                 DECIMAL(18,2)    NULL,
    materials              DECIMAL(18,2)    NULL,
    learner_hours          DECIMAL(9,2)     NULL,
    loaded_hourly_rate     DECIMAL(18,2)    NULL,
    backfill               DECIMAL(18,2)    NULL,
    manager_time           DECIMAL(18,2)    NULL,
    intangibles            NVARCHAR(4000)   NULL,
    what_next              NVARCHAR(4000)   NULL,
    adjusted_benefit       DECIMAL(18,2)    NULL,
    total_costs            DECIMAL(18,2)    NOT NULL,
    roi_percent            DECIMAL(18,2)    NULL,
    benefit_cost_ratio     DECIMAL(18,2)    NULL,
    manager_part_by        UNIQUEIDENTIFIER NULL,
    manager_part_at        DATETIMEOFFSET   NULL,
    completed_at           DATETIMEOFFSET   NULL,
    completed_by           UNIQUEIDENTIFIER NULL,
    late                   BIT              NOT NULL,
    follow_on_need_id      UNIQUEIDENTIFIER NULL,
    version                INT              NOT NULL,
    created_at             DATETIMEOFFSET   NOT NULL,
    updated_at             DATETIMEOFFSET   NOT NULL
);
CREATE UNIQUE INDEX ux_ir_reviews_contract ON ir_reviews (contract_id);
CREATE INDEX ix_ir_reviews_learner ON ir_reviews (learner_id, status, window_closes_on);
CREATE INDEX ix_ir_reviews_closes ON ir_reviews (status, window_closes_on, id);
CREATE INDEX ix_ir_reviews_opens ON ir_reviews (status, window_opens_on);

CREATE TABLE ir_review_outcomes (
    review_id      UNIQUEIDENTIFIER NOT NULL REFERENCES ir_reviews (id),
    outcome_index  INT              NOT NULL,
    outcome        NVARCHAR(2000)   NOT NULL,
    achieved       BIT              NULL,
    evidence       NVARCHAR(4000)   NULL,
    PRIMARY KEY (review_id, outcome_index)
);
