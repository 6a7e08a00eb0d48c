-- H2 gives every foreign key its own index when the table is created, so the indexes the earlier
-- migrations declared on the same columns are kept twice and every insert pays for both (an import
-- of 50,000 households or meetings feels it). Also dropped: indexes that a wider one now begins with.
DROP INDEX household_village_idx;          -- = the village_id foreign key's index (and V7's village index)
DROP INDEX activity_participant_cadre_idx; -- = the cadre_id foreign key's index
DROP INDEX cadre_position_cadre_idx;       -- = the cadre_id foreign key's index
DROP INDEX cadre_position_committee_idx;   -- = the committee_unit_id foreign key's index
DROP INDEX concern_topic_idx;              -- = the topic_id foreign key's index
DROP INDEX activity_held_idx;              -- activity_report_idx (V7) begins with held_on
DROP INDEX decision_issuer_idx;            -- decision_number_idx begins with the same three columns
