-- Resident files 住户档案: estate structure, residents, their houses, vehicles, decoration permits.
-- Calendar days (move-in, permit periods) are ISO text 'YYYY-MM-DD'; instants are BIGINT ms UTC.
-- Nothing here is ever deleted: records are voided with a reason, a move-out ends a link.

CREATE TABLE buildings (
    id         {{ID}},
    code       TEXT NOT NULL UNIQUE,      -- as painted on the building: '3', 'A'
    name       TEXT,
    created_at BIGINT NOT NULL
);

CREATE TABLE units (
    id          {{ID}},
    building_id BIGINT NOT NULL REFERENCES buildings (id),
    code        TEXT NOT NULL,            -- '' for a building without units
    created_at  BIGINT NOT NULL,
    UNIQUE (building_id, code)
);

CREATE TABLE houses (
    id          {{ID}},
    unit_id     BIGINT NOT NULL REFERENCES units (id),
    room        TEXT NOT NULL,
    number      TEXT NOT NULL UNIQUE,     -- 楼栋-单元-房号: '3-2-1201' ('3-1201' without a unit)
    area_centi  INTEGER,                  -- floor area in hundredths of a square metre
    house_type  TEXT NOT NULL DEFAULT 'residential'
                CHECK (house_type IN ('residential', 'shop', 'parking', 'other')),
    status      TEXT NOT NULL DEFAULT 'vacant'
                CHECK (status IN ('vacant', 'owner_occupied', 'rented', 'renovating')),
    notes       TEXT,
    voided      INTEGER NOT NULL DEFAULT 0,
    void_reason TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    updated_by  TEXT NOT NULL,
    UNIQUE (unit_id, room)
);
CREATE INDEX houses_status ON houses (status);

CREATE TABLE residents (
    id                {{ID}},
    name              TEXT NOT NULL,
    gender            TEXT CHECK (gender IN ('male', 'female')),
    document_type     TEXT NOT NULL DEFAULT 'resident_id'
                      CHECK (document_type IN ('resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'other')),
    document_number   TEXT,
    document_legacy   INTEGER NOT NULL DEFAULT 0, -- a 15-digit ID card number
    mobile            TEXT,
    mobile2           TEXT,
    landline          TEXT,
    emergency_contact TEXT,
    emergency_phone   TEXT,
    notes             TEXT,
    voided            INTEGER NOT NULL DEFAULT 0,
    void_reason       TEXT,
    row_version       INTEGER NOT NULL DEFAULT 1,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    updated_by        TEXT NOT NULL
);
CREATE INDEX residents_name ON residents (name);
CREATE INDEX residents_document ON residents (document_number);
CREATE INDEX residents_mobile ON residents (mobile);

-- A resident lives in (or owns) a house for a period. A move-out sets end_date; the row stays.
CREATE TABLE resident_houses (
    id          {{ID}},
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    house_id    BIGINT NOT NULL REFERENCES houses (id),
    role        TEXT NOT NULL CHECK (role IN ('owner', 'tenant', 'family')),
    start_date  TEXT,
    end_date    TEXT,
    ended       INTEGER NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE INDEX resident_houses_resident ON resident_houses (resident_id, ended);
CREATE INDEX resident_houses_house ON resident_houses (house_id, ended);

CREATE TABLE vehicles (
    id            {{ID}},
    resident_id   BIGINT NOT NULL REFERENCES residents (id),
    plate         TEXT NOT NULL,          -- normalised: 粤B12345
    vehicle_type  TEXT,
    colour        TEXT,
    parking_space TEXT,
    valid_until   TEXT,
    voided        INTEGER NOT NULL DEFAULT 0,
    void_reason   TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    updated_by    TEXT NOT NULL
);
CREATE INDEX vehicles_plate ON vehicles (plate, voided);
CREATE INDEX vehicles_resident ON vehicles (resident_id);

CREATE TABLE decoration_permits (
    id                  {{ID}},
    permit_number       TEXT NOT NULL UNIQUE,
    house_id            BIGINT NOT NULL REFERENCES houses (id),
    applicant_id        BIGINT REFERENCES residents (id),
    company             TEXT NOT NULL,
    company_certificate TEXT,
    start_date          TEXT NOT NULL,
    end_date            TEXT NOT NULL,
    deposit_fen         BIGINT NOT NULL DEFAULT 0,
    accepted_on         TEXT,
    accepted_by         TEXT,
    acceptance_result   TEXT CHECK (acceptance_result IN ('passed', 'failed')),
    acceptance_notes    TEXT,
    voided              INTEGER NOT NULL DEFAULT 0,
    void_reason         TEXT,
    row_version         INTEGER NOT NULL DEFAULT 1,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    updated_by          TEXT NOT NULL
);
CREATE INDEX decoration_permits_house ON decoration_permits (house_id, start_date);
CREATE INDEX decoration_permits_period ON decoration_permits (end_date);

-- Workers' passes issued under a permit.
CREATE TABLE decoration_workers (
    id              {{ID}},
    permit_id       BIGINT NOT NULL REFERENCES decoration_permits (id),
    name            TEXT NOT NULL,
    document_number TEXT,
    mobile          TEXT,
    pass_number     TEXT NOT NULL UNIQUE,
    voided          INTEGER NOT NULL DEFAULT 0,
    void_reason     TEXT,
    created_at      BIGINT NOT NULL
);
CREATE INDEX decoration_workers_permit ON decoration_workers (permit_id);

-- Search as you type: one row per searchable key of a resident (name, pinyin initials, full
-- pinyin, phone digits, current house numbers, plates), lower-case, kept by the repository.
-- A keystroke is a range scan term >= 'zs' AND term < 'zs' || U+10FFFF on the covering index
-- (binary order in SQLite; PostgreSQL databases are created with the C collation).
CREATE TABLE resident_search (
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    kind        TEXT NOT NULL,
    term        TEXT NOT NULL
);
CREATE INDEX resident_search_term ON resident_search (term, resident_id);
CREATE INDEX resident_search_resident ON resident_search (resident_id);
