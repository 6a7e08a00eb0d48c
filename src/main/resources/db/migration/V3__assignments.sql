-- Assignments entered by mistake are cancelled, not deleted: they stay in the history (greyed)
-- but count for no coverage and no figures. Restoring clears both columns.
ALTER TABLE assignment ADD COLUMN cancelled_on DATE;
ALTER TABLE assignment ADD COLUMN cancel_reason VARCHAR(500);

-- Proposing the next decision number reads the highest number per committee, type and term.
CREATE INDEX decision_number_idx ON decision(issuer_unit_id, doc_type, term_id, number_in_term);
CREATE INDEX assignment_dates_idx ON assignment(valid_from, valid_to);
