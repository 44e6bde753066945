-- Service desk: repairs, complaints and enquiries on the co-sign form flow (SPEC 3).
-- A request names its house by number text and its reporter by name and phone;
-- resident_id is a loose link to the resident files (no foreign key yet).

-- The limit table of SPEC 3.2. A limit is a code: "10m", "4h", "7wd"; NULL when
-- the class is not measured to that point (e.g. a neighbour complaint has no
-- completion limit, an attitude complaint no arrival limit).
CREATE TABLE time_limits (
    kind             TEXT NOT NULL CHECK (kind IN ('repair', 'complaint', 'enquiry')),
    class_key        TEXT NOT NULL,
    arrival_limit    TEXT,
    completion_limit TEXT,
    updated_at       BIGINT,
    updated_by       BIGINT REFERENCES users (id),
    PRIMARY KEY (kind, class_key)
);
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('repair', 'emergency', '10m', '4h');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('repair', 'simple', '20m', '4h');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('repair', 'general', '60m', '7wd');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('repair', 'public_urgent', '10m', '1wd');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('repair', 'public_other', '60m', '3wd');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('complaint', 'attitude_ordinary', NULL, '4h');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('complaint', 'attitude_serious', NULL, '2wd');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('complaint', 'engineering', '60m', '7wd');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('complaint', 'public_urgent', '10m', NULL);
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('complaint', 'public_other', NULL, '3wd');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('complaint', 'neighbour', '15m', NULL);
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('complaint', 'other', '8h', NULL);
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('enquiry', 'general', NULL, '30m');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('enquiry', 'fees', '30m', NULL);
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('enquiry', 'external', NULL, '30m');
INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit) VALUES ('enquiry', 'other_department', NULL, '2wd');

-- The repair price list (维修服务收费标准), money in fen.
CREATE TABLE price_items (
    id          {{ID}},
    item        TEXT NOT NULL UNIQUE,
    unit        TEXT NOT NULL DEFAULT '',
    price_fen   BIGINT NOT NULL CHECK (price_fen >= 0),
    active      INTEGER NOT NULL DEFAULT 1,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE requests (
    id                 {{ID}},
    kind               TEXT NOT NULL CHECK (kind IN ('repair', 'complaint', 'enquiry')),
    number             TEXT NOT NULL UNIQUE,
    number_year        INTEGER NOT NULL,
    number_seq         INTEGER NOT NULL,
    channel            TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'letter', 'patrol', 'other')),
    registered_at      BIGINT NOT NULL,
    registered_by      BIGINT REFERENCES users (id),
    registered_by_name TEXT NOT NULL,
    reporter_name      TEXT NOT NULL,
    reporter_phone     TEXT NOT NULL DEFAULT '',
    resident_id        BIGINT,
    house_number       TEXT,
    public_location    TEXT,
    class_key          TEXT NOT NULL,
    description        TEXT NOT NULL,
    major              INTEGER NOT NULL DEFAULT 0,
    signature          TEXT NOT NULL CHECK (signature IN ('confirmed', 'pending')),
    complaint_against  TEXT CHECK (complaint_against IN ('supervisor', 'cs_staff', 'admin_staff')),
    agreed_at          BIGINT,
    arrival_limit      TEXT,
    completion_limit   TEXT,
    arrival_deadline   BIGINT,
    completion_deadline BIGINT,
    department         TEXT,
    receiver_user_id   BIGINT REFERENCES users (id),
    receiver_name      TEXT,
    dispatched_at      BIGINT,
    arrived_at         BIGINT,
    completed_at       BIGINT,
    work_done          TEXT,
    fee_fen            BIGINT CHECK (fee_fen >= 0),
    paid               INTEGER NOT NULL DEFAULT 0,
    receipt_no         TEXT,
    slip_returned_at   BIGINT,
    state              TEXT NOT NULL CHECK (state IN ('registered', 'dispatched', 'on_site', 'completed',
                                                      'returned', 'called_back', 'closed')),
    closed_at          BIGINT,
    reopen_count       INTEGER NOT NULL DEFAULT 0,
    voided             INTEGER NOT NULL DEFAULT 0,
    void_reason        TEXT,
    voided_at          BIGINT,
    voided_by          BIGINT REFERENCES users (id),
    imported           INTEGER NOT NULL DEFAULT 0,
    row_version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kind, number_year, number_seq)
);
-- The list: by date, by kind and class, by the responsible clerk, by the assignee.
CREATE INDEX requests_registered ON requests (registered_at);
CREATE INDEX requests_kind_registered ON requests (kind, registered_at);
CREATE INDEX requests_class_registered ON requests (kind, class_key, registered_at);
CREATE INDEX requests_state_registered ON requests (state, registered_at);
CREATE INDEX requests_registered_by ON requests (registered_by, registered_at);
CREATE INDEX requests_receiver ON requests (receiver_user_id, registered_at);
-- The timer board and the overdue filter: open states and their deadlines.
CREATE INDEX requests_state_arrival ON requests (state, arrival_deadline);
CREATE INDEX requests_state_completion ON requests (state, completion_deadline);

-- 会签单交接记录: who handed the form over, who received it, when.
CREATE TABLE request_handovers (
    id                  {{ID}},
    request_id          BIGINT NOT NULL REFERENCES requests (id),
    at                  BIGINT NOT NULL,
    handed_by_user_id   BIGINT REFERENCES users (id),
    handed_by_name      TEXT NOT NULL,
    received_by_user_id BIGINT REFERENCES users (id),
    received_by_name    TEXT NOT NULL,
    department          TEXT NOT NULL DEFAULT '',
    note                TEXT
);
CREATE INDEX request_handovers_request ON request_handovers (request_id, at);
-- @append_only request_handovers

CREATE TABLE request_callbacks (
    id          {{ID}},
    request_id  BIGINT NOT NULL REFERENCES requests (id),
    at          BIGINT NOT NULL,
    by_user_id  BIGINT REFERENCES users (id),
    by_name     TEXT NOT NULL,
    solved      INTEGER,
    attitude    TEXT CHECK (attitude IN ('satisfied', 'basic', 'unsatisfied')),
    charged     INTEGER,
    score       INTEGER CHECK (score BETWEEN 1 AND 10),
    suggestions TEXT
);
CREATE INDEX request_callbacks_request ON request_callbacks (request_id, at);
CREATE INDEX request_callbacks_at ON request_callbacks (at);
-- @append_only request_callbacks

CREATE TABLE request_extensions (
    id               {{ID}},
    request_id       BIGINT NOT NULL REFERENCES requests (id),
    at               BIGINT NOT NULL,
    deadline         TEXT NOT NULL CHECK (deadline IN ('arrival', 'completion')),
    old_deadline     BIGINT,
    new_deadline     BIGINT NOT NULL,
    reason           TEXT NOT NULL,
    approver_user_id BIGINT REFERENCES users (id),
    approver_name    TEXT NOT NULL
);
CREATE INDEX request_extensions_request ON request_extensions (request_id, at);
-- @append_only request_extensions

-- The whole history of a request: every transition with who, when and a note.
CREATE TABLE request_events (
    id         {{ID}},
    request_id BIGINT NOT NULL REFERENCES requests (id),
    at         BIGINT NOT NULL,
    user_id    BIGINT REFERENCES users (id),
    username   TEXT NOT NULL,
    action     TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT,
    note       TEXT
);
CREATE INDEX request_events_request ON request_events (request_id, id);
-- @append_only request_events
