-- Địa Bàn schema, version 1: every entity of the domain (shared domain model, part A).
-- Conventions:
--   * ids come from one sequence per table, incremented by 50 (Hibernate's pooled optimiser);
--   * dated rows carry valid_from / valid_to, both inclusive; NULL means "open" on that side;
--   * rows created by an import carry import_batch_id, so that a batch can be undone;
--   * codes that the software branches on are VARCHAR, never native ENUM, so that
--     adding a value is a migration of data, not of the schema.

CREATE SEQUENCE tier_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE unit_type_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE import_batch_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE reorganisation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE unit_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE unit_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE household_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE committee_term_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE cadre_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE cadre_position_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE decision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE assignment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE working_group_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE working_group_member_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE activity_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE concern_topic_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE concern_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE concern_status_change_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE attendance_norm_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

-- Tiers of the party hierarchy (province, district, commune, village/cell). Data, not code:
-- the July 2025 reform ended the district tier, and norms are keyed by tier.
CREATE TABLE tier (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL UNIQUE,
    name_vi       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    rank_order    INT          NOT NULL
);

-- Kinds of unit (tỉnh, huyện, thành phố, xã, phường, thị trấn, thôn, bản, tổ dân phố, khối, khu,
-- and non-territorial party cells). Each belongs to a tier.
CREATE TABLE unit_type (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL UNIQUE,
    name_vi       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    tier_id       BIGINT       NOT NULL REFERENCES tier(id),
    territorial   BOOLEAN      NOT NULL,
    sort_order    INT          NOT NULL
);

CREATE TABLE import_batch (
    id            BIGINT PRIMARY KEY,
    kind          VARCHAR(40)  NOT NULL,
    source_name   VARCHAR(1000) NOT NULL,
    source_sha256 VARCHAR(64),
    status        VARCHAR(20)  NOT NULL,
    started_at    TIMESTAMP    NOT NULL,
    finished_at   TIMESTAMP,
    undone_at     TIMESTAMP,
    record_count  INT          NOT NULL DEFAULT 0,
    rejected_count INT         NOT NULL DEFAULT 0,
    warning_count INT          NOT NULL DEFAULT 0,
    summary       CHARACTER LARGE OBJECT
);

-- Merge, split, rename, change of parent, establishment, dissolution: each dated, with its legal basis.
CREATE TABLE reorganisation (
    id            BIGINT PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL,
    effective_on  DATE         NOT NULL,
    legal_basis   VARCHAR(500),
    note          VARCHAR(2000),
    import_batch_id BIGINT REFERENCES import_batch(id),
    created_at    TIMESTAMP    NOT NULL
);

-- A unit is an identity that lasts: its name, type, parent and party organisation live in
-- unit_version rows, one per period.
CREATE TABLE unit (
    id            BIGINT PRIMARY KEY,
    external_key  VARCHAR(200) NOT NULL UNIQUE,
    valid_from    DATE,
    valid_to      DATE,
    note          VARCHAR(2000),
    created_by_reorganisation_id BIGINT REFERENCES reorganisation(id),
    import_batch_id BIGINT REFERENCES import_batch(id),
    row_version   INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL
);

CREATE TABLE unit_version (
    id            BIGINT PRIMARY KEY,
    unit_id       BIGINT       NOT NULL REFERENCES unit(id),
    valid_from    DATE,
    valid_to      DATE,
    parent_id     BIGINT REFERENCES unit(id),
    unit_type_id  BIGINT       NOT NULL REFERENCES unit_type(id),
    name          VARCHAR(200) NOT NULL,
    full_name     VARCHAR(300) NOT NULL,
    official_code VARCHAR(40),
    party_org_name VARCHAR(300),
    committee_name VARCHAR(300),
    committee_code VARCHAR(20),
    created_by_reorganisation_id BIGINT REFERENCES reorganisation(id),
    closed_by_reorganisation_id  BIGINT REFERENCES reorganisation(id),
    import_batch_id BIGINT REFERENCES import_batch(id),
    row_version   INT          NOT NULL DEFAULT 0
);
CREATE INDEX unit_version_unit_idx ON unit_version(unit_id, valid_from);
CREATE INDEX unit_version_parent_idx ON unit_version(parent_id, valid_from);

CREATE TABLE reorganisation_unit (
    reorganisation_id BIGINT   NOT NULL REFERENCES reorganisation(id),
    unit_id       BIGINT       NOT NULL REFERENCES unit(id),
    role          VARCHAR(20)  NOT NULL,  -- PREDECESSOR or SUCCESSOR
    PRIMARY KEY (reorganisation_id, unit_id, role)
);
CREATE INDEX reorganisation_unit_unit_idx ON reorganisation_unit(unit_id);

CREATE TABLE household (
    id            BIGINT PRIMARY KEY,
    village_id    BIGINT       NOT NULL REFERENCES unit(id),
    head_name     VARCHAR(200) NOT NULL,
    head_birth_year INT,
    members       INT,
    category      VARCHAR(40),
    address       VARCHAR(300),
    note          VARCHAR(2000),
    valid_from    DATE,
    valid_to      DATE,
    import_batch_id BIGINT REFERENCES import_batch(id),
    row_version   INT          NOT NULL DEFAULT 0
);
CREATE INDEX household_village_idx ON household(village_id);

-- Committee terms (nhiệm kỳ 2020–2025, 2025–2030).
CREATE TABLE committee_term (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(20)  NOT NULL UNIQUE,
    starts_on     DATE         NOT NULL,
    ends_on       DATE
);

CREATE TABLE cadre (
    id            BIGINT PRIMARY KEY,
    full_name     VARCHAR(200) NOT NULL,
    gender        VARCHAR(10),
    birth_year    INT,
    ethnicity     VARCHAR(60),
    home_unit_id  BIGINT REFERENCES unit(id),
    workplace     VARCHAR(300),
    phone         VARCHAR(40),
    note          VARCHAR(2000),
    retired_on    DATE,
    retired_reason VARCHAR(500),
    import_batch_id BIGINT REFERENCES import_batch(id),
    row_version   INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL
);

-- A dated position on the committee of a unit, for a term: BCH member, BTV member,
-- Bí thư, Phó Bí thư, or leader/manager of a department.
CREATE TABLE cadre_position (
    id            BIGINT PRIMARY KEY,
    cadre_id      BIGINT       NOT NULL REFERENCES cadre(id),
    kind          VARCHAR(32)  NOT NULL,
    committee_unit_id BIGINT   NOT NULL REFERENCES unit(id),
    term_id       BIGINT REFERENCES committee_term(id),
    title         VARCHAR(300),
    valid_from    DATE,
    valid_to      DATE,
    import_batch_id BIGINT REFERENCES import_batch(id)
);
CREATE INDEX cadre_position_cadre_idx ON cadre_position(cadre_id);
CREATE INDEX cadre_position_committee_idx ON cadre_position(committee_unit_id);

-- Numbered decisions ("107-QĐ/HU"), numbered per document type, committee and term.
CREATE TABLE decision (
    id            BIGINT PRIMARY KEY,
    doc_type      VARCHAR(10)  NOT NULL,
    number_in_term INT,
    symbol        VARCHAR(60)  NOT NULL,
    issued_on     DATE,
    issuer_unit_id BIGINT REFERENCES unit(id),
    term_id       BIGINT REFERENCES committee_term(id),
    kind          VARCHAR(32)  NOT NULL,
    title         VARCHAR(1000),
    signer        VARCHAR(200),
    import_batch_id BIGINT REFERENCES import_batch(id),
    created_at    TIMESTAMP    NOT NULL
);
CREATE INDEX decision_issuer_idx ON decision(issuer_unit_id, doc_type, term_id);

-- Cadre -> commune, village or household, with a role and dates, under a decision.
CREATE TABLE assignment (
    id            BIGINT PRIMARY KEY,
    cadre_id      BIGINT       NOT NULL REFERENCES cadre(id),
    unit_id       BIGINT REFERENCES unit(id),
    household_id  BIGINT REFERENCES household(id),
    role          VARCHAR(20)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    decision_id   BIGINT REFERENCES decision(id),
    end_reason    VARCHAR(500),
    replaces_id   BIGINT REFERENCES assignment(id),
    note          VARCHAR(2000),
    import_batch_id BIGINT REFERENCES import_batch(id),
    row_version   INT          NOT NULL DEFAULT 0,
    CONSTRAINT assignment_one_target CHECK ((unit_id IS NULL) <> (household_id IS NULL))
);
CREATE INDEX assignment_cadre_idx ON assignment(cadre_id);
CREATE INDEX assignment_unit_idx ON assignment(unit_id);
CREATE INDEX assignment_household_idx ON assignment(household_id);

CREATE TABLE working_group (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(300) NOT NULL,
    committee_unit_id BIGINT   NOT NULL REFERENCES unit(id),
    formed_year   INT          NOT NULL,
    formed_on     DATE,
    dissolved_on  DATE,
    decision_id   BIGINT REFERENCES decision(id),
    note          VARCHAR(2000),
    import_batch_id BIGINT REFERENCES import_batch(id),
    row_version   INT          NOT NULL DEFAULT 0
);

CREATE TABLE working_group_member (
    id            BIGINT PRIMARY KEY,
    working_group_id BIGINT    NOT NULL REFERENCES working_group(id),
    cadre_id      BIGINT       NOT NULL REFERENCES cadre(id),
    role          VARCHAR(20)  NOT NULL,  -- LEADER or MEMBER
    position_text VARCHAR(300)
);
CREATE INDEX working_group_member_group_idx ON working_group_member(working_group_id);

CREATE TABLE working_group_unit (
    working_group_id BIGINT    NOT NULL REFERENCES working_group(id),
    unit_id       BIGINT       NOT NULL REFERENCES unit(id),
    PRIMARY KEY (working_group_id, unit_id)
);

-- Work sessions, chi-bộ meeting attendance, dialogues, household visits, surveys.
CREATE TABLE activity (
    id            BIGINT PRIMARY KEY,
    kind          VARCHAR(32)  NOT NULL,
    held_on       DATE         NOT NULL,
    unit_id       BIGINT REFERENCES unit(id),
    household_id  BIGINT REFERENCES household(id),
    place         VARCHAR(300),
    working_group_id BIGINT REFERENCES working_group(id),
    content       VARCHAR(4000),
    result        VARCHAR(4000),
    import_batch_id BIGINT REFERENCES import_batch(id),
    row_version   INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP    NOT NULL
);
CREATE INDEX activity_unit_idx ON activity(unit_id, held_on);
CREATE INDEX activity_held_idx ON activity(held_on);

CREATE TABLE activity_participant (
    activity_id   BIGINT       NOT NULL REFERENCES activity(id),
    cadre_id      BIGINT       NOT NULL REFERENCES cadre(id),
    PRIMARY KEY (activity_id, cadre_id)
);
CREATE INDEX activity_participant_cadre_idx ON activity_participant(cadre_id);

CREATE TABLE concern_topic (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name_vi       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order    INT          NOT NULL
);

-- Residents' concerns (kiến nghị, vướng mắc); status is the latest of concern_status_change.
CREATE TABLE concern (
    id            BIGINT PRIMARY KEY,
    activity_id   BIGINT REFERENCES activity(id),
    unit_id       BIGINT       NOT NULL REFERENCES unit(id),
    household_id  BIGINT REFERENCES household(id),
    raised_by     VARCHAR(300),
    raised_on     DATE         NOT NULL,
    topic_id      BIGINT REFERENCES concern_topic(id),
    content       VARCHAR(4000) NOT NULL,
    responsible_body VARCHAR(300),
    deadline      DATE,
    status        VARCHAR(20)  NOT NULL,
    status_on     DATE         NOT NULL,
    import_batch_id BIGINT REFERENCES import_batch(id),
    row_version   INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP    NOT NULL
);
CREATE INDEX concern_unit_idx ON concern(unit_id);
CREATE INDEX concern_status_idx ON concern(status, deadline);

CREATE TABLE concern_status_change (
    id            BIGINT PRIMARY KEY,
    concern_id    BIGINT       NOT NULL REFERENCES concern(id),
    status        VARCHAR(20)  NOT NULL,
    changed_on    DATE         NOT NULL,
    responsible_body VARCHAR(300),
    note          VARCHAR(2000),
    recorded_at   TIMESTAMP    NOT NULL
);
CREATE INDEX concern_status_change_concern_idx ON concern_status_change(concern_id);

-- Regulation 1764 norms: chi-bộ meetings a committee member must attend per year, by tier.
CREATE TABLE attendance_norm (
    id            BIGINT PRIMARY KEY,
    tier_id       BIGINT       NOT NULL REFERENCES tier(id),
    meetings_per_year INT      NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    legal_basis   VARCHAR(500)
);

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL
);

CREATE TABLE audit_entry (
    id            BIGINT PRIMARY KEY,
    recorded_at   TIMESTAMP    NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    entity_type   VARCHAR(60)  NOT NULL,
    entity_id     BIGINT,
    summary       VARCHAR(2000) NOT NULL,
    details       CHARACTER LARGE OBJECT,
    import_batch_id BIGINT REFERENCES import_batch(id)
);
CREATE INDEX audit_entry_entity_idx ON audit_entry(entity_type, entity_id);
