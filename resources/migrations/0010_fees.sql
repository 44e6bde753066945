-- Fees 物业费收缴 (SPEC 13): fee items, one bill per house, item and period, meter readings,
-- payments with their receipt numbers and allocations to bills, and the spending of the
-- half-yearly statement. Money is integer fen; a rate is in hundredths of a fen (0.0001 yuan)
-- so that 0.5283 yuan per kWh is exact; quantities are in thousandths.

-- A fee item is never deleted: it is ended (last_month) and stays on its bills.
CREATE TABLE fee_items (
    id             {{ID}},
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('public_service', 'pass_through', 'special_service',
                                                 'repair_fund', 'parking')),
    basis          TEXT NOT NULL CHECK (basis IN ('area', 'fixed', 'metered')),
    rate_centifen  BIGINT NOT NULL CHECK (rate_centifen >= 0),
    cycle          TEXT NOT NULL CHECK (cycle IN ('month', 'quarter', 'half', 'year')),
    vacant_percent INTEGER NOT NULL DEFAULT 100 CHECK (vacant_percent BETWEEN 0 AND 100),
    house_types    TEXT NOT NULL DEFAULT 'residential', -- house type codes separated by ','
    first_month    TEXT NOT NULL,                       -- YYYY-MM, the first period starts here or later
    last_month     TEXT,                                -- YYYY-MM; NULL: open-ended
    row_version    INTEGER NOT NULL DEFAULT 1,
    created_at     BIGINT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     BIGINT NOT NULL,
    updated_by     TEXT NOT NULL
);

-- One bill per house, item and period (SPEC 13: never two). period is written as in SPEC 9.5:
-- 2026-07, 2026Q3, 2026H1, 2026. Dates are the estate's calendar days (ISO).
CREATE TABLE bills (
    id                {{ID}},
    house_id          BIGINT NOT NULL REFERENCES houses (id),
    item_id           BIGINT NOT NULL REFERENCES fee_items (id),
    period            TEXT NOT NULL,
    period_start      TEXT NOT NULL,
    period_end        TEXT NOT NULL,
    due_date          TEXT NOT NULL,
    months            INTEGER NOT NULL,
    amount_fen        BIGINT NOT NULL CHECK (amount_fen >= 0),
    rate_centifen     BIGINT,          -- as billed
    area_centi        INTEGER,         -- the house's area when billed (basis area)
    quantity_milli    BIGINT,          -- the reading's quantity (basis metered)
    vacant            INTEGER NOT NULL DEFAULT 0,
    vacant_percent    INTEGER NOT NULL DEFAULT 100,
    payer_resident_id BIGINT REFERENCES residents (id),
    payer_name        TEXT NOT NULL DEFAULT '', -- the owner when billed
    source            TEXT NOT NULL DEFAULT 'billing' CHECK (source IN ('billing', 'ledger', 'repair', 'service')),
    created_at        BIGINT NOT NULL,
    created_by        TEXT NOT NULL,
    UNIQUE (house_id, item_id, period)
);
CREATE INDEX bills_due ON bills (due_date);
CREATE INDEX bills_house ON bills (house_id, due_date);
CREATE INDEX bills_period_start ON bills (period_start);

-- Metered quantities per house, item and period, entered or imported.
CREATE TABLE meter_readings (
    id             {{ID}},
    house_id       BIGINT NOT NULL REFERENCES houses (id),
    item_id        BIGINT NOT NULL REFERENCES fee_items (id),
    period         TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL CHECK (quantity_milli >= 0),
    recorded_at    BIGINT NOT NULL,
    recorded_by    TEXT NOT NULL,
    UNIQUE (house_id, item_id, period)
);

-- A payment is never edited or deleted: a manager reverses it (冲红) with a reason, which
-- reopens what it had paid. receipt_no SJYYYY-NNNNNN; NULL only for an amount carried over
-- from the office's arrears ledger (method 'ledger'), which had its receipt on paper.
CREATE TABLE payments (
    id              {{ID}},
    receipt_no      TEXT UNIQUE,
    house_id        BIGINT NOT NULL REFERENCES houses (id),
    amount_fen      BIGINT NOT NULL CHECK (amount_fen > 0),
    method          TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'bank', 'pos', 'ledger')),
    received_at     BIGINT NOT NULL,
    payer_name      TEXT NOT NULL DEFAULT '',
    note            TEXT,
    recorded_at     BIGINT NOT NULL,
    recorded_by     TEXT NOT NULL,
    reversed        INTEGER NOT NULL DEFAULT 0,
    reversed_by     TEXT,
    reversal_reason TEXT,
    reversed_at     BIGINT
);
CREATE INDEX payments_house ON payments (house_id, received_at);
CREATE INDEX payments_received ON payments (received_at);

-- What a payment paid: at the time it was received, or later from its prepaid remainder when
-- a new bill was generated (then). The prepaid balance of a house is what its payments
-- not reversed have not allocated. A reversal does not touch these rows: a reversed payment's
-- allocations stop counting from reversed_at.
CREATE TABLE payment_allocations (
    id          {{ID}},
    payment_id  BIGINT NOT NULL REFERENCES payments (id),
    bill_id     BIGINT NOT NULL REFERENCES bills (id),
    fen         BIGINT NOT NULL CHECK (fen > 0),
    allocated_at BIGINT NOT NULL,
    from_prepaid INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX payment_allocations_bill ON payment_allocations (bill_id);
CREATE INDEX payment_allocations_payment ON payment_allocations (payment_id);
CREATE INDEX payment_allocations_at ON payment_allocations (allocated_at);
-- @append_only payment_allocations

-- The last receipt number given out in a year: numbers only go up, none is reused.
CREATE TABLE receipt_counters (
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Spending of the half-yearly statement 收支公布, entered by the manager. The repair fund
-- 维修基金 is its own account (category 'repair_fund').
CREATE TABLE fee_spending (
    id          {{ID}},
    half        TEXT NOT NULL,  -- 2026H1
    category    TEXT NOT NULL CHECK (category IN ('labour', 'cleaning', 'greening', 'security', 'repairs',
                                                  'energy', 'other', 'repair_fund')),
    amount_fen  BIGINT NOT NULL CHECK (amount_fen > 0),
    spent_on    TEXT,
    note        TEXT,
    recorded_at BIGINT NOT NULL,
    recorded_by TEXT NOT NULL,
    voided      INTEGER NOT NULL DEFAULT 0,
    void_reason TEXT
);
CREATE INDEX fee_spending_half ON fee_spending (half, voided);
