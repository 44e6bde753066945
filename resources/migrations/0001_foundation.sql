-- Foundation: schema bookkeeping, settings, users, the audit log, the holiday calendar.
CREATE TABLE schema_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO schema_meta (key, value) VALUES ('application', 'estatedesk');
INSERT INTO schema_meta (key, value) VALUES ('schema_version', '0');

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id              {{ID}},
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'clerk', 'guard', 'technician')),
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    BIGINT,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      BIGINT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);

-- Who did what, when, to which record. Never updated, never deleted.
CREATE TABLE audit_log (
    id        {{ID}},
    at        BIGINT NOT NULL,
    user_id   BIGINT REFERENCES users (id),
    username  TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    old_value TEXT,
    new_value TEXT,
    detail    TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action ON audit_log (action, at);
-- @append_only audit_log

-- Official holiday schedules imported by the administrator; they take the
-- place of the program's built-in schedule for the same year.
CREATE TABLE holiday_years (
    year        INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    imported_at BIGINT NOT NULL
);
CREATE TABLE holiday_days (
    day        TEXT PRIMARY KEY,
    year       INTEGER NOT NULL REFERENCES holiday_years (year) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    is_off_day INTEGER NOT NULL
);
CREATE INDEX holiday_days_year ON holiday_days (year);
