-- The gatehouse seat (SPEC 8, 8.1): a gatehouse keeps its own SQLite store, tied to the office
-- database, and pushes its gate records there when the office can be reached.
--
-- sync_state holds what ties the store to the office (office: the address; gate: the gate's
-- name) and the last sync. A store without an office row is not a gate store.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The gate records written or changed since they last reached the office: one row per record,
-- with a change number that grows with every change. A row leaves only when the office has the
-- version it numbers, so a change made while a sync is under way waits for the next one.
CREATE TABLE sync_outbox (
    tbl     TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    changed BIGINT NOT NULL,
    PRIMARY KEY (tbl, row_id)
);

CREATE INDEX sync_outbox_changed ON sync_outbox (changed);

-- On a gate store (sync_state has an office), each write to a gate record queues it.
-- @sync_outbox vehicle_events
-- @sync_outbox parking_cards
-- @sync_outbox visitors
-- @sync_outbox goods_checks
-- @sync_outbox goods_permits
-- @sync_outbox patrol_rounds
-- @sync_outbox patrol_signins
-- @sync_outbox patrol_findings
-- @sync_outbox shift_handovers
