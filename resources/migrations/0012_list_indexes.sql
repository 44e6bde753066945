-- Indexes for the lists' filters and sorts on the large estate (SPEC 12): every list's first
-- page and every keyset page is an ordered index range, not a scan of the table and a sort.

-- The request list: a class without its kind, the open and the live (deadline-bearing) states
-- (partial indexes: a few hundred rows among the years of closed ones), the state sort (state,
-- then newest first) and the deadline sorts (requests without a deadline last).
CREATE INDEX requests_class_only ON requests (class_key, registered_at);
CREATE INDEX requests_open_registered ON requests (registered_at) WHERE state <> 'closed';
CREATE INDEX requests_live_registered ON requests (registered_at)
    WHERE state IN ('registered', 'dispatched', 'on_site');
CREATE INDEX requests_live_kind ON requests (kind, registered_at)
    WHERE state IN ('registered', 'dispatched', 'on_site');
CREATE INDEX requests_state_newest ON requests (state, registered_at DESC, id DESC);
-- "Mine" is two ordered ranges merged: what I registered and what was handed to me, by state too.
CREATE INDEX requests_registered_by_state ON requests (registered_by, state, registered_at DESC, id DESC);
CREATE INDEX requests_receiver_state ON requests (receiver_user_id, state, registered_at DESC, id DESC);
CREATE INDEX requests_arrival_order ON requests ((CASE WHEN arrival_deadline IS NULL THEN 1 ELSE 0 END),
    (COALESCE(arrival_deadline, 0)), id);
CREATE INDEX requests_completion_order ON requests ((CASE WHEN completion_deadline IS NULL THEN 1 ELSE 0 END),
    (COALESCE(completion_deadline, 0)), id);

-- The timer board: the live requests and the slips awaited in id order, whatever the
-- statistics say (the slips' index of 0008 led with the state, which needed a sort).
CREATE INDEX requests_live_id ON requests (id) WHERE state IN ('registered', 'dispatched', 'on_site');
DROP INDEX requests_slip_awaited;
CREATE INDEX requests_slip_awaited ON requests (id)
    WHERE voided = 0 AND desk_rules = 1 AND completed_at IS NOT NULL AND slip_returned_at IS NULL
    AND state IN ('completed', 'called_back');

-- The audit log by user (by action and by time there are indexes already).
CREATE INDEX audit_log_username ON audit_log (username, at);

-- The text filter of the request list: any part of the number, the reporter, the house or the
-- place, found through trigrams (SQLite's FTS5). The table follows the requests through
-- triggers. PostgreSQL compares with LIKE.
-- @only sqlite
CREATE VIRTUAL TABLE requests_text USING fts5(number, reporter_name, house_number, public_location, content = 'requests', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO requests_text (requests_text) VALUES ('rebuild');
CREATE TRIGGER requests_text_insert AFTER INSERT ON requests BEGIN INSERT INTO requests_text (rowid, number, reporter_name, house_number, public_location) VALUES (new.id, new.number, new.reporter_name, new.house_number, new.public_location); END;
CREATE TRIGGER requests_text_delete AFTER DELETE ON requests BEGIN INSERT INTO requests_text (requests_text, rowid, number, reporter_name, house_number, public_location) VALUES ('delete', old.id, old.number, old.reporter_name, old.house_number, old.public_location); END;
CREATE TRIGGER requests_text_update AFTER UPDATE OF number, reporter_name, house_number, public_location ON requests BEGIN INSERT INTO requests_text (requests_text, rowid, number, reporter_name, house_number, public_location) VALUES ('delete', old.id, old.number, old.reporter_name, old.house_number, old.public_location); INSERT INTO requests_text (rowid, number, reporter_name, house_number, public_location) VALUES (new.id, new.number, new.reporter_name, new.house_number, new.public_location); END;
-- @only all
