-- Paid repairs (SPEC 13): a repair's fee at its completion becomes a special-service bill of
-- the house, so that the house's account, its receipts and the arrears show it. The bill keeps
-- the request it came from (one bill per request); its period is the request's number, so two
-- paid repairs of one house in one month are two bills (bills are unique per house, item and
-- period).
ALTER TABLE bills ADD COLUMN request_id BIGINT REFERENCES requests (id);
CREATE UNIQUE INDEX bills_request ON bills (request_id);

-- An item billed when something happens (a paid repair), never by a month's billing run.
ALTER TABLE fee_items ADD COLUMN on_demand INTEGER NOT NULL DEFAULT 0;

-- The item of paid repairs: special service, the amount is the repair's fee.
INSERT INTO fee_items (code, name, kind, basis, rate_centifen, cycle, vacant_percent, house_types, first_month,
                       row_version, created_at, created_by, updated_at, updated_by, on_demand)
SELECT 'REPAIR_FEE', '有偿维修费', 'special_service', 'fixed', 0, 'month', 100, 'residential,shop,parking,other',
       '2000-01', 1, 0, 'system', 0, 'system', 1
WHERE NOT EXISTS (SELECT 1 FROM fee_items WHERE code = 'REPAIR_FEE');
