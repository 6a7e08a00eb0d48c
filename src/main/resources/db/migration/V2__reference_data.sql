-- Reference data that every installation starts with. All of it is editable data:
-- the norms of Regulation 1764 in particular are unverified and may be re-issued.

INSERT INTO tier (id, code, name_vi, name_en, rank_order) VALUES
  (1, 'tinh',  'Cấp tỉnh',      'Province level', 1),
  (2, 'huyen', 'Cấp huyện',     'District level', 2),
  (3, 'xa',    'Cấp xã',        'Commune level',  3),
  (4, 'thon',  'Thôn, chi bộ',  'Village / party cell', 4);
ALTER SEQUENCE tier_seq RESTART WITH 1001;

INSERT INTO unit_type (id, code, name_vi, name_en, tier_id, territorial, sort_order) VALUES
  (1,  'tinh',       'Tỉnh',         'Province',            1, TRUE,  10),
  (2,  'huyen',      'Huyện',        'District',            2, TRUE,  20),
  (3,  'thanh_pho',  'Thành phố',    'City (district level)', 2, TRUE, 21),
  (4,  'thi_xa',     'Thị xã',       'Town (district level)', 2, TRUE, 22),
  (5,  'xa',         'Xã',           'Commune',             3, TRUE,  30),
  (6,  'phuong',     'Phường',       'Ward',                3, TRUE,  31),
  (7,  'thi_tran',   'Thị trấn',     'Township',            3, TRUE,  32),
  (8,  'thon',       'Thôn',         'Village',             4, TRUE,  40),
  (9,  'ban',        'Bản',          'Hamlet',              4, TRUE,  41),
  (10, 'to_dan_pho', 'Tổ dân phố',   'Residential group',   4, TRUE,  42),
  (11, 'khoi',       'Khối',         'Block',               4, TRUE,  43),
  (12, 'khu',        'Khu',          'Quarter',             4, TRUE,  44),
  (13, 'khoi_pho',   'Khối phố',     'Street block',        4, TRUE,  45),
  (14, 'chi_bo',     'Chi bộ',       'Party cell (non-territorial)', 4, FALSE, 50);
ALTER SEQUENCE unit_type_seq RESTART WITH 1001;

INSERT INTO committee_term (id, code, starts_on, ends_on) VALUES
  (1, '2015-2020', DATE '2015-01-01', DATE '2020-12-31'),
  (2, '2020-2025', DATE '2020-01-01', DATE '2025-12-31'),
  (3, '2025-2030', DATE '2025-01-01', NULL);
ALTER SEQUENCE committee_term_seq RESTART WITH 1001;

INSERT INTO attendance_norm (id, tier_id, meetings_per_year, valid_from, valid_to, legal_basis) VALUES
  (1, 1, 1, DATE '2019-05-29', NULL, 'Quy định 1764-QĐ/TU ngày 29/5/2019 (chưa kiểm chứng)'),
  (2, 2, 2, DATE '2019-05-29', NULL, 'Quy định 1764-QĐ/TU ngày 29/5/2019 (chưa kiểm chứng)'),
  (3, 3, 4, DATE '2019-05-29', NULL, 'Quy định 1764-QĐ/TU ngày 29/5/2019 (chưa kiểm chứng)');
ALTER SEQUENCE attendance_norm_seq RESTART WITH 1001;

INSERT INTO concern_topic (id, code, name_vi, name_en, active, sort_order) VALUES
  (1, 'dat_dai',    'Đất đai, giải phóng mặt bằng',     'Land and site clearance', TRUE, 10),
  (2, 'chinh_sach', 'Chế độ, chính sách',               'Benefits and policies',   TRUE, 20),
  (3, 'du_an',      'Dự án, đầu tư',                    'Projects and investment', TRUE, 30),
  (4, 'ha_tang',    'Hạ tầng, giao thông, thủy lợi',    'Roads, irrigation, infrastructure', TRUE, 40),
  (5, 'moi_truong', 'Môi trường',                       'Environment',             TRUE, 50),
  (6, 'an_ninh',    'An ninh, trật tự',                 'Security and order',      TRUE, 60),
  (7, 'xa_hoi',     'Y tế, giáo dục, an sinh',          'Health, schooling, welfare', TRUE, 70),
  (8, 'khac',       'Khác',                             'Other',                   TRUE, 90);
ALTER SEQUENCE concern_topic_seq RESTART WITH 1001;

INSERT INTO app_setting (setting_key, setting_value) VALUES
  ('compliance.norm_policy', 'EACH_COMMITTEE'),
  ('coverage.village_needs_cadre_in_charge', 'true'),
  ('coverage.commune_needs_btv_in_charge', 'true');
