-- A second phase of development: a need may follow an earlier one (set when an impact review
-- starts a second phase). The learner's record of competencies: the competency tags of every
-- need whose learning was completed, each tag once per person (the first time it was acquired).
ALTER TABLE ni_development_needs ADD COLUMN follows_need_id TEXT NULL REFERENCES ni_development_needs (id);
CREATE INDEX ix_ni_development_needs_follows ON ni_development_needs (follows_need_id);

CREATE TABLE ni_learner_competencies (
    person_id    TEXT NOT NULL,
    tag          TEXT NOT NULL,
    need_id      TEXT NOT NULL REFERENCES ni_development_needs (id),
    acquired_on  TEXT NOT NULL,
    PRIMARY KEY (person_id, tag)
);
CREATE INDEX ix_ni_learner_competencies_need ON ni_learner_competencies (need_id);
