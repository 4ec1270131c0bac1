-- Forks: the request that made a fork, the network's index of solutions (what forks and the
-- library read across partnerships), and a fork's decisions on its upstream's changes.

-- A fork keeps the key of the request that made it, so that a retried request (the same
-- Idempotency-Key) finds that fork instead of making another. Unique per partnership, like every
-- natural key; NULL for solutions that are not forks or were forked without a key.
ALTER TABLE solution
    ADD COLUMN fork_request_key VARCHAR(64) NULL AFTER adapted,
    ADD UNIQUE KEY uk_solution_fork_request (partnership_id, fork_request_key);

-- What the network knows of a solution outside its partnership: every solution once it is first
-- published, and every fork from the moment it is made (a fork still in draft shows in its
-- upstream's lineage as "in progress", without its slug or name). Not tenant-owned: the library
-- and the lineage read it across partnerships, so it holds only what is published. The
-- application services write it in the transaction that changes the solution.
CREATE TABLE network_solution (
    partnership_id       BIGINT       NOT NULL,
    solution_id          BIGINT       NOT NULL,
    slug                 VARCHAR(64)  NOT NULL,
    -- DRAFT only for a fork never published; then PUBLISHED or RETIRED.
    status               VARCHAR(16)  NOT NULL,
    latest_revision      INT          NOT NULL DEFAULT 0,
    -- The name of the latest published revision; NULL while never published.
    name                 VARCHAR(120) NULL,
    upstream_solution_id BIGINT       NULL,
    -- The upstream revision the fork was made from; the fork's own base moves on as it adopts changes.
    forked_from_revision INT          NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (partnership_id, solution_id),
    UNIQUE KEY uk_network_solution_slug (partnership_id, slug),
    UNIQUE KEY uk_network_solution_id (solution_id),
    -- The lineage walks down a tree one generation at a time: the forks of these solutions.
    KEY ix_network_solution_upstream (upstream_solution_id, created_at),
    KEY ix_network_solution_status (status, updated_at),
    CONSTRAINT fk_network_solution_solution FOREIGN KEY (partnership_id, solution_id)
        REFERENCES solution (partnership_id, id),
    CONSTRAINT fk_network_solution_upstream FOREIGN KEY (upstream_solution_id)
        REFERENCES network_solution (solution_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What a fork decided about each field its upstream changed in a revision: adopted or skipped.
-- Once every changed field of the upstream's latest revision is decided, the fork is based on it.
CREATE TABLE solution_upstream_decision (
    partnership_id     BIGINT       NOT NULL,
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    solution_id        BIGINT       NOT NULL,
    upstream_revision  INT          NOT NULL,
    field_name         VARCHAR(24)  NOT NULL,
    choice             VARCHAR(8)   NOT NULL,
    decided_at         DATETIME(6)  NOT NULL,
    decided_by_subject VARCHAR(255) NOT NULL,
    decided_by_name    VARCHAR(255) NOT NULL,
    PRIMARY KEY (partnership_id, id),
    -- A field is decided once per upstream revision: two advisors deciding at once meet here.
    UNIQUE KEY uk_solution_upstream_decision (partnership_id, solution_id, upstream_revision, field_name),
    UNIQUE KEY uk_solution_upstream_decision_id (id),
    CONSTRAINT fk_solution_upstream_decision_solution FOREIGN KEY (partnership_id, solution_id)
        REFERENCES solution (partnership_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
