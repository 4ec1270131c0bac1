-- Every table is InnoDB and utf8mb4 so that Welsh letters (ŵ, ŷ) and emoji are stored as typed.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

-- The tenant. Not tenant-owned itself.
CREATE TABLE partnership (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    slug                VARCHAR(64)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    nation              VARCHAR(24)  NOT NULL,
    english_region      VARCHAR(32)  NULL,
    place               VARCHAR(500) NULL,
    status              VARCHAR(16)  NOT NULL,
    template_id         VARCHAR(64)  NULL,
    reference_prefix    VARCHAR(6)   NOT NULL,
    profile_en          TEXT         NULL,
    profile_cy          TEXT         NULL,
    next_problem_number INT          NOT NULL DEFAULT 1,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_partnership_slug (slug),
    KEY ix_partnership_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Tenant-owned: partnership_id leads the primary key, every natural key and every index, so a
-- partnership's rows sit together and no lookup can skip the tenant.
CREATE TABLE problem (
    partnership_id BIGINT        NOT NULL,
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    reference      VARCHAR(20)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    summary        VARCHAR(1000) NOT NULL,
    status         VARCHAR(24)   NOT NULL,
    visibility     VARCHAR(16)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, id),
    UNIQUE KEY uk_problem_reference (partnership_id, reference),
    KEY ix_problem_visibility (partnership_id, visibility, id),
    KEY ix_problem_status (partnership_id, status),
    -- InnoDB needs an index that starts with the AUTO_INCREMENT column.
    UNIQUE KEY uk_problem_id (id),
    CONSTRAINT fk_problem_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
