-- The monthly service-quality report (SPEC 6): survey answers, the manager's analysis,
-- closed (frozen) months, assessment scores, and the indexes the report's queries use.

-- Satisfaction survey answers (seed 000 第15篇): a paper questionnaire entered in a batch,
-- or a desk rating (电子评议) given on the rating window right after a service.
CREATE TABLE survey_answers (
    id           {{ID}},
    source       TEXT NOT NULL CHECK (source IN ('paper', 'desk')),
    answered_at  BIGINT NOT NULL,
    respondent   TEXT NOT NULL DEFAULT '',
    house_number TEXT NOT NULL DEFAULT '',
    answer       TEXT NOT NULL CHECK (answer IN ('satisfied', 'basic', 'unsatisfied')),
    remarks      TEXT,
    service      TEXT,                   -- the desk service rated (a request number or a counter service)
    request_id   BIGINT REFERENCES requests (id),
    recorded_at  BIGINT NOT NULL,
    recorded_by  TEXT NOT NULL,
    voided       INTEGER NOT NULL DEFAULT 0,
    void_reason  TEXT
);
CREATE INDEX survey_answers_answered ON survey_answers (answered_at);
-- One desk answer per service.
CREATE UNIQUE INDEX survey_answers_service ON survey_answers (service);

-- One row per month that has an analysis, a safety record or is closed. month: 'YYYY-MM'.
CREATE TABLE report_months (
    month              TEXT PRIMARY KEY,
    analysis           TEXT NOT NULL DEFAULT '',
    analysis_updated_at BIGINT,
    analysis_updated_by TEXT,
    major_accident     INTEGER NOT NULL DEFAULT 0,
    accident_note      TEXT,
    closed_at          BIGINT,
    closed_by          TEXT,
    frozen_json        TEXT,             -- the figures as printed when the month was closed
    row_version        INTEGER NOT NULL DEFAULT 1
);

-- The office assessment (seed 003 第14篇): one score per rater and month, in tenths of a point.
CREATE TABLE assessment_scores (
    id          {{ID}},
    month       TEXT NOT NULL,
    rater       TEXT NOT NULL,
    score_tenths INTEGER NOT NULL CHECK (score_tenths BETWEEN 0 AND 1000),
    note        TEXT,
    recorded_at BIGINT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (month, rater)
);

-- The report counts by completion time and lists missed deadlines of a month.
CREATE INDEX requests_kind_completed ON requests (kind, completed_at);
CREATE INDEX requests_arrival_deadline ON requests (arrival_deadline);
CREATE INDEX requests_completion_deadline ON requests (completion_deadline);
-- Move-ins and move-outs of a month.
CREATE INDEX resident_houses_start ON resident_houses (start_date);
CREATE INDEX resident_houses_end ON resident_houses (end_date);
