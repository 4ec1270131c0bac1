-- The change log of problems: one row per field changed, with the value before and after, who
-- changed it, when, and the version of the problem it was changed from. Rows are never updated.
-- An edit refused because the problem moved on lists the rows from the editor's version on.
CREATE TABLE problem_change (
    partnership_id BIGINT       NOT NULL,
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    problem_id     BIGINT       NOT NULL,
    from_version   BIGINT       NOT NULL,
    field_name     VARCHAR(24)  NOT NULL,
    -- A description holds up to 20,000 characters: four bytes each in utf8mb4 outgrow TEXT.
    before_value   MEDIUMTEXT   NULL,
    after_value    MEDIUMTEXT   NULL,
    actor_subject  VARCHAR(255) NOT NULL,
    actor_name     VARCHAR(255) NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (partnership_id, id),
    KEY ix_problem_change_problem (partnership_id, problem_id, from_version, id),
    UNIQUE KEY uk_problem_change_id (id),
    CONSTRAINT fk_problem_change_problem FOREIGN KEY (partnership_id, problem_id)
        REFERENCES problem (partnership_id, id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
