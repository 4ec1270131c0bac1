-- Every change and every refused attempt, by whom, when, where, on what, with what result.
-- Read across partnerships by the central team, so it is not filtered by the tenant mechanism;
-- its indexes still lead with partnership_id for the per-partnership views.
CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    partnership_id BIGINT        NULL,
    actor_subject  VARCHAR(255)  NOT NULL,
    actor_name     VARCHAR(255)  NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    object_type    VARCHAR(32)   NOT NULL,
    object_ref     VARCHAR(128)  NULL,
    outcome        VARCHAR(16)   NOT NULL,
    detail         VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY ix_audit_partnership (partnership_id, occurred_at),
    KEY ix_audit_actor (actor_subject, occurred_at),
    KEY ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Nothing edits or removes an audit entry, whatever the application or a script tries.
CREATE TRIGGER audit_entry_never_updated BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries are never edited';

CREATE TRIGGER audit_entry_never_deleted BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries are never deleted';
