-- Residents' concerns: soft withdrawal, and indexes for the filtered lists and the overdue counts.

-- A concern entered by mistake is withdrawn, not deleted: it stays in the history and can be restored.
ALTER TABLE concern ADD COLUMN withdrawn_on DATE;

CREATE INDEX concern_raised_idx ON concern(raised_on);
CREATE INDEX concern_topic_idx ON concern(topic_id);
CREATE INDEX concern_deadline_idx ON concern(deadline);
CREATE INDEX concern_status_change_day_idx ON concern_status_change(concern_id, changed_on);
