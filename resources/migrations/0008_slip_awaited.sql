-- The timer board's slip-return lines (SPEC 3.1: the technician's slip is back within 24 hours
-- of completion): the few requests completed in the program whose slip is not back yet, found
-- without reading the years of closed ones. A partial index, in SQLite and PostgreSQL alike.
CREATE INDEX requests_slip_awaited ON requests (state, id)
    WHERE voided = 0 AND imported = 0 AND completed_at IS NOT NULL AND slip_returned_at IS NULL;
