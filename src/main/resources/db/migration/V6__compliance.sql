-- Regulation 1764 compliance.

-- The district tier was abolished by the reform of 1/7/2025: its norm binds no day after 30/6/2025
-- (a district member's seat of 2025 owes its share of the first half of the year only).
UPDATE attendance_norm SET valid_to = DATE '2025-06-30' WHERE tier_id = 2 AND valid_to IS NULL;
