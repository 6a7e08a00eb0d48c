-- Progress reports read every activity of a period and count households per village over the
-- whole province. These indexes hold every column those reads need, so H2 answers them from the
-- index without reading the wide rows (content, notes): about a quarter of a year's report time.
CREATE INDEX activity_report_idx ON activity(held_on, kind, unit_id, household_id, retired_at);
CREATE INDEX household_village_dates_idx ON household(village_id, valid_from, valid_to);
