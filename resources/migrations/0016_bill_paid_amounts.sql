-- What a bill has been paid, kept on the bill (issue 15): the arrears, the collection figures,
-- the notices and the timer board read paid_fen instead of adding up every allocation of the
-- whole history. paid_fen is the sum of the bill's allocations of payments not reversed (what
-- FeeSupport::paidNow counted); the triggers below keep it so in the transaction of every
-- allocation and every reversal, whichever code path writes them. A figure as it stood at an
-- earlier instant starts from paid_fen and corrects for what happened after that instant only.
ALTER TABLE bills ADD COLUMN paid_fen BIGINT NOT NULL DEFAULT 0;
UPDATE bills SET paid_fen = (SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a
                             JOIN payments p ON p.id = a.payment_id
                             WHERE a.bill_id = bills.id AND p.reversed = 0)
WHERE id IN (SELECT bill_id FROM payment_allocations);

-- The unpaid bills by due date, without their payments: the arrears read these only.
CREATE INDEX bills_unpaid ON bills (due_date) WHERE amount_fen > paid_fen;
-- What the bills of an item (the repair fund's) are paid, without their payments.
CREATE INDEX bills_item_paid ON bills (item_id, paid_fen);
-- The payments reversed after an instant (the figures as they stood before a reversal).
CREATE INDEX payments_reversed_at ON payments (reversed_at);

-- @only sqlite
CREATE TRIGGER bills_paid_allocated AFTER INSERT ON payment_allocations BEGIN UPDATE bills SET paid_fen = paid_fen + new.fen WHERE id = new.bill_id AND (SELECT reversed FROM payments WHERE id = new.payment_id) = 0; END;
CREATE TRIGGER bills_paid_reversed AFTER UPDATE OF reversed ON payments WHEN old.reversed = 0 AND new.reversed <> 0 BEGIN UPDATE bills SET paid_fen = paid_fen - (SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a WHERE a.payment_id = new.id AND a.bill_id = bills.id) WHERE id IN (SELECT bill_id FROM payment_allocations WHERE payment_id = new.id); END;
CREATE TRIGGER bills_paid_restored AFTER UPDATE OF reversed ON payments WHEN old.reversed <> 0 AND new.reversed = 0 BEGIN UPDATE bills SET paid_fen = paid_fen + (SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a WHERE a.payment_id = new.id AND a.bill_id = bills.id) WHERE id IN (SELECT bill_id FROM payment_allocations WHERE payment_id = new.id); END;
-- @only postgres
CREATE OR REPLACE FUNCTION bills_paid_allocated() RETURNS trigger AS $$ BEGIN UPDATE bills SET paid_fen = paid_fen + NEW.fen WHERE id = NEW.bill_id AND (SELECT reversed FROM payments WHERE id = NEW.payment_id) = 0; RETURN NEW; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER bills_paid_allocated AFTER INSERT ON payment_allocations FOR EACH ROW EXECUTE FUNCTION bills_paid_allocated();
CREATE OR REPLACE FUNCTION bills_paid_reversed() RETURNS trigger AS $$ BEGIN UPDATE bills SET paid_fen = paid_fen + (CASE WHEN NEW.reversed = 0 THEN 1 ELSE -1 END) * (SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a WHERE a.payment_id = NEW.id AND a.bill_id = bills.id) WHERE id IN (SELECT bill_id FROM payment_allocations WHERE payment_id = NEW.id); RETURN NEW; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER bills_paid_reversed AFTER UPDATE OF reversed ON payments FOR EACH ROW WHEN ((OLD.reversed = 0) <> (NEW.reversed = 0)) EXECUTE FUNCTION bills_paid_reversed();
-- @only all
