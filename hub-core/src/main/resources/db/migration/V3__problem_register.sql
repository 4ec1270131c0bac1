-- The problem register in full: description, place and ward, priority, who changed a problem
-- last, and its themes, groups affected, evidence and status history. Every new table is
-- tenant-owned like problem: partnership_id leads its primary key, natural keys and indexes, and
-- each child row points at its problem through (partnership_id, problem_id), so a row can never
-- belong to another partnership's problem.

-- Existing rows take the defaults: no description or place, medium priority, last changer unknown.
-- description is MEDIUMTEXT because 20,000 characters of four-byte text exceed TEXT's 64 KB.
ALTER TABLE problem
    ADD COLUMN description        MEDIUMTEXT   NULL AFTER summary,
    ADD COLUMN place              VARCHAR(200) NULL AFTER description,
    ADD COLUMN ward_code          CHAR(9)      NULL AFTER place,
    ADD COLUMN priority           VARCHAR(16)  NOT NULL DEFAULT 'MEDIUM' AFTER status,
    ADD COLUMN updated_by_subject VARCHAR(255) NULL AFTER updated_at,
    ADD COLUMN updated_by_name    VARCHAR(255) NULL AFTER updated_by_subject,
    ADD KEY ix_problem_priority (partnership_id, priority),
    ADD KEY ix_problem_updated (partnership_id, updated_at),
    ADD KEY ix_problem_created (partnership_id, created_at),
    ADD KEY ix_problem_ward (partnership_id, ward_code);

-- Free-text search. A FULLTEXT index cannot lead with partnership_id; the tenant filter that
-- EclipseLink adds to every query narrows the matches to one partnership.
ALTER TABLE problem
    ADD FULLTEXT KEY ft_problem_text (title, summary, description);

-- The themes a problem is filed under, ids from its partnership's taxonomy.
CREATE TABLE problem_theme (
    partnership_id BIGINT      NOT NULL,
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    problem_id     BIGINT      NOT NULL,
    theme_id       VARCHAR(64) NOT NULL,
    PRIMARY KEY (partnership_id, id),
    UNIQUE KEY uk_problem_theme (partnership_id, problem_id, theme_id),
    KEY ix_problem_theme_theme (partnership_id, theme_id, problem_id),
    -- InnoDB needs an index that starts with the AUTO_INCREMENT column.
    UNIQUE KEY uk_problem_theme_id (id),
    CONSTRAINT fk_problem_theme_problem FOREIGN KEY (partnership_id, problem_id)
        REFERENCES problem (partnership_id, id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The groups of people a problem affects. Labels are de-duplicated without regard to case by the
-- application; no unique key here, because the collation also equates accents ("cafe", "café").
CREATE TABLE problem_group_affected (
    partnership_id BIGINT      NOT NULL,
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    problem_id     BIGINT      NOT NULL,
    label          VARCHAR(80) NOT NULL,
    PRIMARY KEY (partnership_id, id),
    KEY ix_problem_group_affected_problem (partnership_id, problem_id),
    KEY ix_problem_group_affected_label (partnership_id, label),
    UNIQUE KEY uk_problem_group_affected_id (id),
    CONSTRAINT fk_problem_group_affected_problem FOREIGN KEY (partnership_id, problem_id)
        REFERENCES problem (partnership_id, id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Evidence that a problem is real. session_id names a co-design session of the same partnership;
-- its foreign key arrives with the session table (V4), and ix_evidence_session already serves it.
CREATE TABLE evidence (
    partnership_id   BIGINT        NOT NULL,
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    problem_id       BIGINT        NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    summary          VARCHAR(1000) NOT NULL,
    number_of_people INT           NULL,
    evidence_date    DATE          NOT NULL,
    session_id       BIGINT        NULL,
    added_by_subject VARCHAR(255)  NOT NULL,
    added_by_name    VARCHAR(255)  NOT NULL,
    added_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (partnership_id, id),
    KEY ix_evidence_problem (partnership_id, problem_id, id),
    KEY ix_evidence_session (partnership_id, session_id),
    UNIQUE KEY uk_evidence_id (id),
    CONSTRAINT ck_evidence_people CHECK (number_of_people IS NULL OR number_of_people >= 0),
    CONSTRAINT fk_evidence_problem FOREIGN KEY (partnership_id, problem_id)
        REFERENCES problem (partnership_id, id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every status a problem has had, with who moved it, when and why; the first row of a problem has
-- no from_status. Rows are only ever added (they go only with their problem).
CREATE TABLE problem_status_change (
    partnership_id BIGINT        NOT NULL,
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    problem_id     BIGINT        NOT NULL,
    from_status    VARCHAR(24)   NULL,
    to_status      VARCHAR(24)   NOT NULL,
    why            VARCHAR(1000) NULL,
    actor_subject  VARCHAR(255)  NOT NULL,
    actor_name     VARCHAR(255)  NOT NULL,
    changed_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (partnership_id, id),
    KEY ix_problem_status_change_problem (partnership_id, problem_id, id),
    UNIQUE KEY uk_problem_status_change_id (id),
    CONSTRAINT fk_problem_status_change_problem FOREIGN KEY (partnership_id, problem_id)
        REFERENCES problem (partnership_id, id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Problems written before this version start their history at their current status, when they
-- were created; who raised them was not recorded, so the migration signs for it.
INSERT INTO problem_status_change
    (partnership_id, problem_id, from_status, to_status, why, actor_subject, actor_name, changed_at)
SELECT partnership_id, id, NULL, status, NULL, 'system:migration', 'CTP Hub (migration V3)', created_at
FROM problem
ORDER BY partnership_id, id;
