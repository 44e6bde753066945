-- Two rules of the desk that the timer board follows (SPEC 3.1, 3.2): the technician's slip is
-- back within 24 hours of completion, and a complaint not settled the same day has the
-- complainant told, that day, when it will be settled.
-- desk_rules: the request was taken at the desk by a version that keeps these rules. Requests
-- copied from a ledger, and those registered before this version, were not (0): no backlog
-- of false alarms on the day an office upgrades.
ALTER TABLE requests ADD COLUMN desk_rules INTEGER NOT NULL DEFAULT 0;
-- When a manager or a "not solved" callback reopened it: the complainant is told anew that day.
ALTER TABLE requests ADD COLUMN reopened_at BIGINT;
ALTER TABLE requests ADD COLUMN complainant_told_at BIGINT;
ALTER TABLE requests ADD COLUMN settle_promised_at BIGINT;
-- The few slips awaited, found without reading the years of closed requests (SQLite and
-- PostgreSQL both use a partial index whose condition the query repeats).
CREATE INDEX requests_slip_awaited ON requests (state, id)
    WHERE voided = 0 AND desk_rules = 1 AND completed_at IS NOT NULL AND slip_returned_at IS NULL
    AND state IN ('completed', 'called_back');
