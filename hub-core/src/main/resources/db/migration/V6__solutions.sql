-- Solutions: the working copy a partnership edits (tenant-owned, like every workspace record), and
-- the immutable revisions it publishes to the network library (the network's to read: the
-- partnership is an ordinary column there, first in every key all the same).
CREATE TABLE solution (
    partnership_id       BIGINT        NOT NULL,
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    slug                 VARCHAR(64)   NOT NULL,
    name                 VARCHAR(120)  NOT NULL,
    tagline              VARCHAR(200)  NULL,
    -- 20,000 characters of four-byte text outgrow TEXT's 64 KB; the guide holds 50,000.
    description          MEDIUMTEXT    NULL,
    kind                 VARCHAR(24)   NULL,
    themes               VARCHAR(1000) NULL,
    licence              VARCHAR(64)   NULL,
    source_url           VARCHAR(500)  NULL,
    website_url          VARCHAR(500)  NULL,
    maturity             VARCHAR(16)   NULL,
    monthly_cost_pounds  INT           NULL,
    hosting              VARCHAR(500)  NULL,
    skills               VARCHAR(1000) NULL,
    personal_data        VARCHAR(24)   NULL,
    personal_data_notes  VARCHAR(1000) NULL,
    accessibility        VARCHAR(24)   NULL,
    accessibility_notes  VARCHAR(1000) NULL,
    languages            VARCHAR(200)  NULL,
    connectivity         VARCHAR(24)   NULL,
    adoption_guide       MEDIUMTEXT    NULL,
    status               VARCHAR(16)   NOT NULL,
    revision             INT           NOT NULL DEFAULT 0,
    upstream_solution_id BIGINT        NULL,
    upstream_revision    INT           NULL,
    addresses_problem    VARCHAR(20)   NULL,
    adapted              VARCHAR(2000) NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by_subject   VARCHAR(255)  NOT NULL,
    created_by_name      VARCHAR(255)  NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by_subject   VARCHAR(255)  NOT NULL,
    updated_by_name      VARCHAR(255)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, id),
    UNIQUE KEY uk_solution_slug (partnership_id, slug),
    -- At most one fork of a solution per partnership: a retried or doubled fork finds the first.
    UNIQUE KEY uk_solution_upstream (partnership_id, upstream_solution_id),
    KEY ix_solution_status (partnership_id, status, updated_at, id),
    UNIQUE KEY uk_solution_id (id),
    KEY ix_solution_upstream (upstream_solution_id),
    CONSTRAINT fk_solution_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE solution_revision (
    partnership_id       BIGINT        NOT NULL,
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    solution_id          BIGINT        NOT NULL,
    revision             INT           NOT NULL,
    solution_slug        VARCHAR(64)   NOT NULL,
    name                 VARCHAR(120)  NOT NULL,
    tagline              VARCHAR(200)  NULL,
    description          MEDIUMTEXT    NULL,
    kind                 VARCHAR(24)   NULL,
    themes               VARCHAR(1000) NULL,
    licence              VARCHAR(64)   NULL,
    source_url           VARCHAR(500)  NULL,
    website_url          VARCHAR(500)  NULL,
    maturity             VARCHAR(16)   NULL,
    monthly_cost_pounds  INT           NULL,
    hosting              VARCHAR(500)  NULL,
    skills               VARCHAR(1000) NULL,
    personal_data        VARCHAR(24)   NULL,
    personal_data_notes  VARCHAR(1000) NULL,
    accessibility        VARCHAR(24)   NULL,
    accessibility_notes  VARCHAR(1000) NULL,
    languages            VARCHAR(200)  NULL,
    connectivity         VARCHAR(24)   NULL,
    adoption_guide       MEDIUMTEXT    NULL,
    published_at         DATETIME(6)   NOT NULL,
    published_by_subject VARCHAR(255)  NOT NULL,
    published_by_name    VARCHAR(255)  NOT NULL,
    PRIMARY KEY (partnership_id, id),
    UNIQUE KEY uk_solution_revision (solution_id, revision),
    UNIQUE KEY uk_solution_revision_id (id),
    CONSTRAINT fk_solution_revision_solution FOREIGN KEY (partnership_id, solution_id)
        REFERENCES solution (partnership_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A published revision is never changed or removed, whatever the application does.
CREATE TRIGGER solution_revision_immutable BEFORE UPDATE ON solution_revision
FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'solution revisions are immutable';

CREATE TRIGGER solution_revision_kept BEFORE DELETE ON solution_revision
FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'solution revisions are kept';
