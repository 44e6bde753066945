-- The audit log becomes a hash chain: each row written from now on carries
-- SHA-256 over the previous row's hash and its own fields (AuditChain).
-- The rows already there are hashed by the program, not here (SQL has no
-- SHA-256 on SQLite, and rewriting them would need the UPDATE trigger off):
-- they keep a NULL hash and are sealed by the first chained row, whose hash
-- runs over all of them. audit_chain_from marks where the chain begins.
ALTER TABLE audit_log ADD COLUMN hash TEXT;
INSERT INTO schema_meta (key, value)
    SELECT 'audit_chain_from', CAST(COALESCE(MAX(id), 0) + 1 AS TEXT) FROM audit_log;

-- Append-only tables also refuse the replacing of a row: on SQLite an
-- INSERT OR REPLACE over an existing id, on PostgreSQL a TRUNCATE. The token
-- drops and recreates each table's triggers, so repeating it here is safe.
-- @append_only audit_log
-- @append_only request_handovers
-- @append_only request_callbacks
-- @append_only request_extensions
-- @append_only request_events
-- @append_only inspection_corrections
-- @append_only non_conformity_events
-- @append_only work_log
