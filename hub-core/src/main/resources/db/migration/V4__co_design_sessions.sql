-- Co-design sessions, their quotes and the problems they worked on. Tenant-owned: partnership_id
-- leads every primary key, natural key and index, but for the full-text index, which can only
-- hold text columns: MariaDB answers MATCH() from it across partnerships, and the tenant filter
-- EclipseLink adds to the same query keeps only the current partnership's rows.
CREATE TABLE co_design_session (
    partnership_id     BIGINT       NOT NULL,
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    title              VARCHAR(200) NOT NULL,
    session_date       DATE         NOT NULL,
    format             VARCHAR(16)  NOT NULL,
    place              VARCHAR(200) NULL,
    participants       INT          NOT NULL DEFAULT 0,
    groups_represented INT          NOT NULL DEFAULT 0,
    -- Up to 50,000 characters of Markdown: four bytes each in utf8mb4 outgrow TEXT's 64 KB.
    notes              MEDIUMTEXT   NULL,
    decisions          TEXT         NULL,
    actions            TEXT         NULL,
    visibility         VARCHAR(16)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by_subject VARCHAR(255) NOT NULL,
    created_by_name    VARCHAR(255) NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by_subject VARCHAR(255) NOT NULL,
    updated_by_name    VARCHAR(255) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, id),
    KEY ix_session_date (partnership_id, session_date, id),
    KEY ix_session_visibility (partnership_id, visibility, session_date, id),
    KEY ix_session_format (partnership_id, format, session_date, id),
    KEY ix_session_updated (partnership_id, updated_at, id),
    KEY ix_session_title (partnership_id, title, id),
    -- InnoDB needs an index that starts with the AUTO_INCREMENT column.
    UNIQUE KEY uk_co_design_session_id (id),
    -- The columns of MATCH() in JpaCoDesignSessions must be exactly these, in this order.
    FULLTEXT KEY ft_session_text (title, notes, decisions, actions),
    CONSTRAINT fk_session_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A quote without consent never leaves the partnership; the application enforces it on read.
CREATE TABLE session_quote (
    partnership_id BIGINT        NOT NULL,
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    session_id     BIGINT        NOT NULL,
    quote_text     VARCHAR(2000) NOT NULL,
    attribution    VARCHAR(120)  NULL,
    consent        BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (partnership_id, id),
    KEY ix_session_quote_session (partnership_id, session_id, id),
    UNIQUE KEY uk_session_quote_id (id),
    CONSTRAINT fk_session_quote_session FOREIGN KEY (partnership_id, session_id)
        REFERENCES co_design_session (partnership_id, id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Both sides of a link carry the same partnership_id, so a session can only ever be linked to
-- a problem of its own partnership, whatever writes the row. Deleting either side drops the link.
CREATE TABLE session_problem (
    partnership_id BIGINT NOT NULL,
    session_id     BIGINT NOT NULL,
    problem_id     BIGINT NOT NULL,
    PRIMARY KEY (partnership_id, session_id, problem_id),
    KEY ix_session_problem_problem (partnership_id, problem_id, session_id),
    CONSTRAINT fk_session_problem_session FOREIGN KEY (partnership_id, session_id)
        REFERENCES co_design_session (partnership_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_session_problem_problem FOREIGN KEY (partnership_id, problem_id)
        REFERENCES problem (partnership_id, id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- evidence.session_id (V3, problem register branch) gets its FK to co_design_session when the branches merge; the integrator adds it.
