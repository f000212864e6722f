-- Impact reviews module: one review per completed contract, due from one to three months after
-- the learning finished. It follows Kirkpatrick's four levels (reaction, learning, behaviour,
-- results) and Phillips' ROI method (isolation of effects, fully loaded costs, ROI and BCR).
-- window_opens_on / window_closes_on are stored so that pending, due and overdue are date ranges.
-- adjusted_benefit, total_costs, roi_percent and benefit_cost_ratio are written by the server from
-- the other columns (never sent by a client) so that reports can aggregate them.
CREATE TABLE ir_reviews (
    id                     TEXT    NOT NULL PRIMARY KEY,
    contract_id            TEXT    NOT NULL,
    need_id                TEXT    NOT NULL,
    learner_id             TEXT    NOT NULL,
    manager_id             TEXT    NOT NULL,
    need_title             TEXT    NOT NULL,
    solution_description   TEXT    NOT NULL,
    learning_completed_on  TEXT    NOT NULL,
    window_opens_on        TEXT    NOT NULL,
    window_closes_on       TEXT    NOT NULL,
    status                 TEXT    NOT NULL CHECK (status IN ('Open', 'Completed')),
    reaction_rating        INTEGER NULL CHECK (reaction_rating BETWEEN 1 AND 5),
    reaction_comment       TEXT    NULL,
    learner_part_by        TEXT    NULL,
    learner_part_at        TEXT    NULL,
    behaviour_examples     TEXT    NULL,
    transfer_rating        INTEGER NULL CHECK (transfer_rating BETWEEN 1 AND 5),
    barriers               TEXT    NULL,
    enablers               TEXT    NULL,
    measure_name           TEXT    NOT NULL,
    measure_unit           TEXT    NOT NULL,
    baseline_value         NUMERIC NOT NULL,
    baseline_date          TEXT    NOT NULL,
    value_now              NUMERIC NULL,
    value_now_on           TEXT    NULL,
    isolation_method       TEXT    NULL CHECK (isolation_method IN ('ControlGroup', 'TrendLine', 'Estimate')),
    attribution_percent    NUMERIC NULL,
    confidence_percent     NUMERIC NULL,
    benefit_per_unit       NUMERIC NULL,
    annualised_benefit     NUMERIC NULL,
    fees                   NUMERIC NULL,
    travel                 NUMERIC NULL,
    materials              NUMERIC NULL,
    learner_hours          NUMERIC NULL,
    loaded_hourly_rate     NUMERIC NULL,
    backfill               NUMERIC NULL,
    manager_time           NUMERIC NULL,
    intangibles            TEXT    NULL,
    what_next              TEXT    NULL,
    adjusted_benefit       NUMERIC NULL,
    total_costs            NUMERIC NOT NULL,
    roi_percent            NUMERIC NULL,
    benefit_cost_ratio     NUMERIC NULL,
    manager_part_by        TEXT    NULL,
    manager_part_at        TEXT    NULL,
    completed_at           TEXT    NULL,
    completed_by           TEXT    NULL,
    late                   INTEGER NOT NULL,
    follow_on_need_id      TEXT    NULL,
    version                INTEGER NOT NULL,
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_ir_reviews_contract ON ir_reviews (contract_id);
CREATE INDEX ix_ir_reviews_learner ON ir_reviews (learner_id, status, window_closes_on);
CREATE INDEX ix_ir_reviews_closes ON ir_reviews (status, window_closes_on, id);
CREATE INDEX ix_ir_reviews_opens ON ir_reviews (status, window_opens_on);

CREATE TABLE ir_review_outcomes (
    review_id      TEXT    NOT NULL REFERENCES ir_reviews (id),
    outcome_index  INTEGER NOT NULL,
    outcome        TEXT    NOT NULL,
    achieved       INTEGER NULL,
    evidence       TEXT    NULL,
    PRIMARY KEY (review_id, outcome_index)
);
