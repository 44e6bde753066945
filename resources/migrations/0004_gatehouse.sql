-- Gatehouse 门岗: vehicle log, temporary parking cards, visitors, goods-out permits and checks,
-- patrols, shift handovers, and the parking tariff.
--
-- Gate records (everything written at the gate) have a UUID text primary key made by the seat
-- that wrote them, so that an offline gatehouse store can be pushed to the office database more
-- than once without creating anything twice (SPEC 8). Each keeps the instant it happened
-- (occurred_at), the instant it was written (recorded_at), the guard and the seat.
-- Instants are BIGINT ms UTC. Money is BIGINT fen. Nothing is deleted: records are voided.

-- The parking tariff; the newest row is in force. Managers add rows, each change is audited.
CREATE TABLE parking_tariffs (
    id                  {{ID}},
    free_minutes        INTEGER NOT NULL CHECK (free_minutes >= 0),
    fen_per_hour        BIGINT NOT NULL CHECK (fen_per_hour >= 0),
    cap_fen_per_24h     BIGINT NOT NULL CHECK (cap_fen_per_24h >= 0),
    created_at          BIGINT NOT NULL,
    created_by          TEXT NOT NULL
);
-- SPEC 4: 30 minutes free, 5 yuan per started hour, at most 40 yuan per started 24 hours.
INSERT INTO parking_tariffs (free_minutes, fen_per_hour, cap_fen_per_24h, created_at, created_by)
VALUES (30, 500, 4000, 0, 'default');

-- Goods-out permits 出入物品申报(放行条): applied for and approved at the office, checked and
-- collected at the gate. kind: goods_out (goods carried out), moving (a moving van),
-- building_materials (bulk materials brought in), vehicle_access (a normally refused vehicle
-- kind approved in advance).
CREATE TABLE goods_permits (
    id             TEXT PRIMARY KEY,
    permit_number  TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL DEFAULT 'goods_out'
                   CHECK (kind IN ('goods_out', 'moving', 'building_materials', 'vehicle_access')),
    resident_id    BIGINT REFERENCES residents (id),
    house_id       BIGINT REFERENCES houses (id),
    applicant      TEXT NOT NULL,
    goods          TEXT NOT NULL,
    plate          TEXT,                  -- normalised; empty when carried out on foot
    valid_from     TEXT NOT NULL,         -- calendar days 'YYYY-MM-DD'
    valid_until    TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'applied'
                   CHECK (status IN ('applied', 'approved', 'collected', 'voided')),
    applied_at     BIGINT NOT NULL,
    applied_by     TEXT NOT NULL,
    approved_at    BIGINT,
    approved_by    TEXT,
    collected_at   BIGINT,
    collected_by   TEXT,
    void_reason    TEXT,
    row_version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX goods_permits_plate ON goods_permits (plate, status);
CREATE INDEX goods_permits_status ON goods_permits (status, valid_until);

-- Temporary parking cards 临时停车卡: opened when a temporary vehicle enters, closed on exit
-- with the stay and the fee.
CREATE TABLE parking_cards (
    id             TEXT PRIMARY KEY,
    plate          TEXT NOT NULL,
    entry_event_id TEXT NOT NULL,
    entered_at     BIGINT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'voided')),
    exit_event_id  TEXT,
    exited_at      BIGINT,
    fee_fen        BIGINT,
    guard          TEXT NOT NULL,
    seat           TEXT NOT NULL,
    recorded_at    BIGINT NOT NULL,
    void_reason    TEXT
);
CREATE INDEX parking_cards_open ON parking_cards (plate) WHERE status = 'open';

-- The vehicle log 车辆出入记录: one row per gate event, entries, exits and refusals alike.
CREATE TABLE vehicle_events (
    id             TEXT PRIMARY KEY,
    plate          TEXT NOT NULL,         -- normalised: 粤B12345
    direction      TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    category       TEXT NOT NULL,
    decision       TEXT NOT NULL CHECK (decision IN ('passed', 'refused')),
    reason         TEXT,                  -- why refused
    plate_warning  TEXT,                  -- the format warning the guard confirmed
    flagged        INTEGER NOT NULL DEFAULT 0, -- follow-up (military/police between 00:00 and 06:00)
    flag_reason    TEXT,
    entry_event_id TEXT,                  -- on an exit: the entry it closes
    stay_ms        BIGINT,
    fee_fen        BIGINT,
    card_id        TEXT,
    permit_id      TEXT,
    resident_id    BIGINT,
    note           TEXT,
    occurred_at    BIGINT NOT NULL,
    recorded_at    BIGINT NOT NULL,
    guard          TEXT NOT NULL,
    seat           TEXT NOT NULL,
    voided         INTEGER NOT NULL DEFAULT 0,
    void_reason    TEXT
);
CREATE INDEX vehicle_events_occurred ON vehicle_events (occurred_at);
CREATE INDEX vehicle_events_plate ON vehicle_events (plate, occurred_at);

-- Vehicles inside now, one row per plate, kept in the same transaction as the event that
-- changes it: "who is inside" and "is this plate inside" never scan the log.
CREATE TABLE vehicles_inside (
    plate          TEXT PRIMARY KEY,
    entry_event_id TEXT NOT NULL,
    category       TEXT NOT NULL,
    entered_at     BIGINT NOT NULL,
    card_id        TEXT
);
CREATE INDEX vehicles_inside_entered ON vehicles_inside (entered_at);

-- The visitor register 来访登记: status inside, left, or refused (with the reason).
CREATE TABLE visitors (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    document       TEXT,                  -- masked: 110101********123X
    phone          TEXT,
    people         INTEGER NOT NULL DEFAULT 1 CHECK (people >= 1),
    house_id       BIGINT REFERENCES houses (id),
    house_number   TEXT,
    resident_name  TEXT,
    purpose        TEXT NOT NULL,
    plate          TEXT,
    status         TEXT NOT NULL CHECK (status IN ('inside', 'left', 'refused')),
    reason         TEXT,
    occurred_at    BIGINT NOT NULL,       -- time in (or of the refusal)
    left_at        BIGINT,
    left_guard     TEXT,
    recorded_at    BIGINT NOT NULL,
    guard          TEXT NOT NULL,
    seat           TEXT NOT NULL,
    voided         INTEGER NOT NULL DEFAULT 0,
    void_reason    TEXT
);
CREATE INDEX visitors_occurred ON visitors (occurred_at);
CREATE INDEX visitors_inside ON visitors (occurred_at) WHERE status = 'inside';

-- A goods-out permit checked at the gate: passed (and collected) or stopped.
CREATE TABLE goods_checks (
    id               TEXT PRIMARY KEY,
    permit_id        TEXT REFERENCES goods_permits (id),
    permit_number    TEXT,
    outcome          TEXT NOT NULL CHECK (outcome IN ('passed', 'stopped')),
    note             TEXT,
    vehicle_event_id TEXT,
    occurred_at      BIGINT NOT NULL,
    recorded_at      BIGINT NOT NULL,
    guard            TEXT NOT NULL,
    seat             TEXT NOT NULL,
    voided           INTEGER NOT NULL DEFAULT 0,
    void_reason      TEXT
);
CREATE INDEX goods_checks_permit ON goods_checks (permit_id);
CREATE INDEX goods_checks_occurred ON goods_checks (occurred_at);

-- Patrol routes with their interval (SPEC 4: car park every 30 minutes, plaza every 15).
CREATE TABLE patrol_routes (
    id               {{ID}},
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    interval_minutes INTEGER NOT NULL CHECK (interval_minutes > 0),
    active           INTEGER NOT NULL DEFAULT 1
);
INSERT INTO patrol_routes (code, name, interval_minutes) VALUES ('car_park', '地下车库', 30);
INSERT INTO patrol_routes (code, name, interval_minutes) VALUES ('plaza', '中心广场', 15);

CREATE TABLE patrol_checkpoints (
    id       {{ID}},
    route_id BIGINT NOT NULL REFERENCES patrol_routes (id),
    code     TEXT NOT NULL,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (route_id, code)
);
INSERT INTO patrol_checkpoints (route_id, code, name, position)
SELECT id, 'B1-A', 'B1 A区', 1 FROM patrol_routes WHERE code = 'car_park';
INSERT INTO patrol_checkpoints (route_id, code, name, position)
SELECT id, 'B1-B', 'B1 B区', 2 FROM patrol_routes WHERE code = 'car_park';
INSERT INTO patrol_checkpoints (route_id, code, name, position)
SELECT id, 'B1-RAMP', 'B1 出入口坡道', 3 FROM patrol_routes WHERE code = 'car_park';
INSERT INTO patrol_checkpoints (route_id, code, name, position)
SELECT id, 'PLAZA-N', '广场北', 1 FROM patrol_routes WHERE code = 'plaza';
INSERT INTO patrol_checkpoints (route_id, code, name, position)
SELECT id, 'PLAZA-S', '广场南', 2 FROM patrol_routes WHERE code = 'plaza';

CREATE TABLE patrol_rounds (
    id          TEXT PRIMARY KEY,
    route_id    BIGINT NOT NULL REFERENCES patrol_routes (id),
    occurred_at BIGINT NOT NULL,          -- started
    finished_at BIGINT,
    recorded_at BIGINT NOT NULL,
    guard       TEXT NOT NULL,
    seat        TEXT NOT NULL,
    voided      INTEGER NOT NULL DEFAULT 0,
    void_reason TEXT
);
CREATE INDEX patrol_rounds_route ON patrol_rounds (route_id, occurred_at);

CREATE TABLE patrol_signins (
    id            TEXT PRIMARY KEY,
    round_id      TEXT NOT NULL REFERENCES patrol_rounds (id),
    checkpoint_id BIGINT NOT NULL REFERENCES patrol_checkpoints (id),
    occurred_at   BIGINT NOT NULL,
    recorded_at   BIGINT NOT NULL,
    guard         TEXT NOT NULL,
    seat          TEXT NOT NULL,
    voided        INTEGER NOT NULL DEFAULT 0,
    void_reason   TEXT
);
CREATE INDEX patrol_signins_round ON patrol_signins (round_id);

-- Findings: leak, oil, unlocked_car, open_car, suspicious_person, broken_equipment, other.
CREATE TABLE patrol_findings (
    id            TEXT PRIMARY KEY,
    round_id      TEXT REFERENCES patrol_rounds (id),
    checkpoint_id BIGINT REFERENCES patrol_checkpoints (id),
    kind          TEXT NOT NULL CHECK (kind IN ('leak', 'oil', 'unlocked_car', 'open_car', 'suspicious_person',
                                                'broken_equipment', 'other')),
    description   TEXT NOT NULL,
    location      TEXT,
    plate         TEXT,
    resident_id   BIGINT REFERENCES residents (id),
    house_id      BIGINT REFERENCES houses (id),
    occurred_at   BIGINT NOT NULL,
    recorded_at   BIGINT NOT NULL,
    guard         TEXT NOT NULL,
    seat          TEXT NOT NULL,
    voided        INTEGER NOT NULL DEFAULT 0,
    void_reason   TEXT
);
CREATE INDEX patrol_findings_occurred ON patrol_findings (occurred_at);

-- Things the office must act on, raised by gate records (a finding about a resident).
CREATE TABLE office_notifications (
    id          {{ID}},
    source      TEXT NOT NULL,            -- 'patrol_finding'
    source_id   TEXT NOT NULL,
    resident_id BIGINT REFERENCES residents (id),
    house_id    BIGINT REFERENCES houses (id),
    message     TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    handled_at  BIGINT,
    handled_by  TEXT,
    UNIQUE (source, source_id)
);
CREATE INDEX office_notifications_open ON office_notifications (created_at) WHERE handled_at IS NULL;

-- Shift handover 交接班: the open items at the moment of handing over (vehicles and visitors
-- inside, as a JSON snapshot), equipment and incidents; signed by the outgoing guard when
-- written and confirmed by the incoming guard.
CREATE TABLE shift_handovers (
    id              TEXT PRIMARY KEY,
    outgoing_guard  TEXT NOT NULL,
    incoming_guard  TEXT,
    vehicles_inside INTEGER NOT NULL,
    visitors_inside INTEGER NOT NULL,
    open_items      TEXT NOT NULL,
    equipment       TEXT NOT NULL,
    incidents       TEXT NOT NULL,
    occurred_at     BIGINT NOT NULL,
    confirmed_at    BIGINT,
    recorded_at     BIGINT NOT NULL,
    guard           TEXT NOT NULL,
    seat            TEXT NOT NULL,
    voided          INTEGER NOT NULL DEFAULT 0,
    void_reason     TEXT
);
CREATE INDEX shift_handovers_occurred ON shift_handovers (occurred_at);
