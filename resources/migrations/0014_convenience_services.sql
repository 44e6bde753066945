-- Convenience services 便民服务 (SPEC 13, seed 002): the yearly price list 《便民服务项目及价格表》
-- drafted by the office manager and approved by someone else before it is published, its
-- items, and the service orders 《委托服务单》 that subscribe a house to a service. Money is
-- integer fen; days are the estate's calendar days (ISO text), instants UTC milliseconds.

-- One list per year. drafted → approved → published; a published list is never edited: the
-- next year's draft starts as a copy of it.
CREATE TABLE service_price_lists (
    id             {{ID}},
    year           INTEGER NOT NULL UNIQUE,
    state          TEXT NOT NULL DEFAULT 'drafted' CHECK (state IN ('drafted', 'approved', 'published')),
    drafted_at     BIGINT NOT NULL,
    drafted_by     TEXT NOT NULL,  -- the name shown
    drafted_login  TEXT NOT NULL,  -- the account, so that the drafter cannot approve
    approved_at    BIGINT,
    approved_by    TEXT,
    published_at   BIGINT,
    published_by   TEXT,
    row_version    INTEGER NOT NULL DEFAULT 1
);

-- An item of a list: paid (有偿) or free (无偿), the price per unit (a long-term service's per
-- month), the deposit, the number of subscribers it needs to break even, one-off or long-term.
-- A paid item gets its fee item (kind special_service) when the list is published.
CREATE TABLE service_items (
    id           {{ID}},
    list_id      BIGINT NOT NULL REFERENCES service_price_lists (id),
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    paid         INTEGER NOT NULL DEFAULT 1 CHECK (paid IN (0, 1)),
    price_fen    BIGINT NOT NULL DEFAULT 0 CHECK (price_fen >= 0),
    unit         TEXT NOT NULL DEFAULT '',
    deposit_fen  BIGINT NOT NULL DEFAULT 0 CHECK (deposit_fen >= 0),
    break_even   INTEGER NOT NULL DEFAULT 0 CHECK (break_even >= 0),
    term         TEXT NOT NULL DEFAULT 'long_term' CHECK (term IN ('one_off', 'long_term')),
    fee_item_id  BIGINT REFERENCES fee_items (id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (list_id, name)
);
CREATE INDEX service_items_fee_item ON service_items (fee_item_id);
CREATE INDEX service_items_name ON service_items (name);

-- A service order 委托服务单: a house takes a service from start to end (no end: until
-- stopped). Stopping keeps the row with the reason, the day and who recorded it. bill_id is
-- the single bill of a paid one-off service.
CREATE TABLE service_orders (
    id                  {{ID}},
    house_id            BIGINT NOT NULL REFERENCES houses (id),
    resident_id         BIGINT REFERENCES residents (id),
    resident_name       TEXT NOT NULL,
    phone               TEXT NOT NULL,
    item_id             BIGINT NOT NULL REFERENCES service_items (id),
    start_date          TEXT NOT NULL,
    end_date            TEXT,
    signature_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (signature_confirmed IN (0, 1)),
    bill_id             BIGINT REFERENCES bills (id),
    stopped             INTEGER NOT NULL DEFAULT 0 CHECK (stopped IN (0, 1)),
    void_reason         TEXT,      -- why the resident stopped the service
    stopped_on          TEXT,      -- the last day of the service
    stopped_at          BIGINT,
    stopped_by          TEXT,
    created_at          BIGINT NOT NULL,
    created_by          TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_orders_item ON service_orders (item_id, stopped);
CREATE INDEX service_orders_house ON service_orders (house_id);
