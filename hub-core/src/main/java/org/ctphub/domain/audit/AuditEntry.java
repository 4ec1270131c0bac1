package org.ctphub.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited attempt. Immutable: every column is insert-only here, and database triggers refuse
 * any UPDATE or DELETE of the table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "partnership_id", updatable = false)
    private Long partnershipId;

    @Column(name = "actor_subject", nullable = false, updatable = false, length = 255)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 255)
    private String actorName;

    @Column(name = "action", nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = 32)
    private String objectType;

    @Column(name = "object_ref", updatable = false, length = 128)
    private String objectRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    private Outcome outcome;

    @Column(name = "detail", updatable = false, length = 500)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(
            Instant occurredAt,
            Long partnershipId,
            String actorSubject,
            String actorName,
            String action,
            String objectType,
            String objectRef,
            Outcome outcome,
            String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.partnershipId = partnershipId;
        this.actorSubject = truncate(Objects.requireNonNull(actorSubject, "actorSubject"), 255);
        this.actorName = truncate(Objects.requireNonNull(actorName, "actorName"), 255);
        this.action = Objects.requireNonNull(action, "action");
        this.objectType = Objects.requireNonNull(objectType, "objectType");
        this.objectRef = objectRef == null ? null : truncate(objectRef, 128);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.detail = detail == null ? null : truncate(detail, 500);
    }

    private static String truncate(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<Long> partnershipId() {
        return Optional.ofNullable(partnershipId);
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public Optional<String> objectRef() {
        return Optional.ofNullable(objectRef);
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
