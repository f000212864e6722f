-- Action learning sets module: the programme review, a survey opened once per set. Opening it invites every member
-- (about themselves), the facilitator and each member's line manager as sponsoring manager (about that member: one
-- invitation per member they sponsor). Each invitation is a response row the respondent answers: the programme's
-- value, strengths, issues (a JSON array of TimePressure, SetMakeUp, ManagementSupport, Other) with a note and, from
-- members and sponsoring managers, whether the member achieved their goal and started a second phase.
CREATE TABLE als_programme_reviews (
    id         TEXT NOT NULL PRIMARY KEY,
    set_id     TEXT NOT NULL REFERENCES als_sets (id),
    opened_by  TEXT NOT NULL,
    opened_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_als_programme_reviews_set ON als_programme_reviews (set_id);

CREATE TABLE als_programme_review_responses (
    id                    TEXT    NOT NULL PRIMARY KEY,
    review_id             TEXT    NOT NULL REFERENCES als_programme_reviews (id),
    respondent_id         TEXT    NOT NULL,
    respondent_role       TEXT    NOT NULL CHECK (respondent_role IN ('Member', 'Facilitator', 'SponsoringManager')),
    about_member_id       TEXT    NULL,
    value_rating          TEXT    NULL CHECK (value_rating IN ('Poor', 'Fair', 'Good', 'Excellent')),
    strengths             TEXT    NOT NULL,
    issues                TEXT    NOT NULL,
    issues_note           TEXT    NOT NULL,
    achieved_goal         INTEGER NULL,
    started_second_phase  INTEGER NULL,
    answered_at           TEXT    NULL,
    version               INTEGER NOT NULL,
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_als_programme_review_responses_invitation
    ON als_programme_review_responses (review_id, respondent_id, respondent_role, about_member_id);
CREATE INDEX ix_als_programme_review_responses_respondent ON als_programme_review_responses (respondent_id);
