-- The monthly report's inspection figures (SPEC 6.1): runs finished in a month, and
-- non-conformities found in a month or closed after the as-of instant, each by an indexed range.
CREATE INDEX inspection_runs_finished ON inspection_runs (finished_at);
CREATE INDEX non_conformities_found ON non_conformities (found_at);
CREATE INDEX non_conformities_closed ON non_conformities (closed_at);
