-- SPEC 3.2 (seed 003 第11篇): a complaint not settled the same day has the complainant told,
-- the same day, when it will be settled. When they were told, and the time promised.
ALTER TABLE requests ADD COLUMN complainant_told_at BIGINT;
ALTER TABLE requests ADD COLUMN settle_promised_at BIGINT;
