-- Activities and working groups: soft delete, and indexes for the lists and the roll-up per group.
ALTER TABLE activity ADD COLUMN retired_at TIMESTAMP;
CREATE INDEX activity_group_idx ON activity(working_group_id);
CREATE INDEX activity_kind_held_idx ON activity(kind, held_on);
CREATE INDEX working_group_committee_idx ON working_group(committee_unit_id, formed_year);
