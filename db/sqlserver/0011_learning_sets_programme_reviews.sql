-- Action learning sets module: the programme review, a survey opened once per set. Opening it invites every member
-- (about themselves), the facilitator and each member's line manager as sponsoring manager (about that member: one
-- invitation per member they sponsor). Each invitation is a response row the respondent answers: the programme's
-- value, strengths, issues (a JSON array of TimePressure, SetMakeUp, ManagementSupport, Other) with a note and, from
-- members and sponsoring managers, whether the member achieved their goal and started a second phase.
CREATE TABLE als_programme_reviews (
    id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    set_id     UNIQUEIDENTIFIER NOT NULL REFERENCES als_sets (id),
    opened_by  UNIQUEIDENTIFIER NOT NULL,
    opened_at  DATETIMEOFFSET   NOT NULL
);
CREATE UNIQUE INDEX ux_als_programme_reviews_set ON als_programme_reviews (set_id);

CREATE TABLE als_programme_review_responses (
    id                    UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    review_id             UNIQUEIDENTIFIER NOT NULL REFERENCES als_programme_reviews (id),
    respondent_id         UNIQUEIDENTIFIER NOT NULL,
    respondent_role       NVARCHAR(20)     NOT NULL CHECK (respondent_role IN ('Member', 'Facilitator', 'SponsoringManager')),
    about_member_id       UNIQUEIDENTIFIER NULL,
    value_rating          NVARCHAR(20)     NULL CHECK (value_rating IN ('Poor', 'Fair', 'Good', 'Excellent')),
    strengths             NVARCHAR(4000)   NOT NULL,
    issues                NVARCHAR(400)    NOT NULL,
    issues_note           NVARCHAR(4000)   NOT NULL,
    achieved_goal         BIT              NULL,
    started_second_phase  BIT              NULL,
    answered_at           DATETIMEOFFSET   NULL,
    version               INT              NOT NULL,
    created_at            DATETIMEOFFSET   NOT NULL,
    updated_at            DATETIMEOFFSET   NOT NULL
);
CREATE UNIQUE INDEX ux_als_programme_review_responses_invitation
    ON als_programme_review_responses (review_id, respondent_id, respondent_role, about_member_id);
CREATE INDEX ix_als_programme_review_responses_respondent ON als_programme_review_responses (respondent_id);
