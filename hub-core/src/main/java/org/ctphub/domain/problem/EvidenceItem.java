package org.ctphub.domain.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Texts;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Something that shows a problem is real: a workshop, a survey, a conversation, some data or an
 * observation, with how many people it involved and when. It may name the co-design session it
 * came from by the session's id. Part of the problem: added and removed through {@link Problem}.
 */
@Entity
@Table(name = "evidence")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class EvidenceItem {

    public static final int MAX_SUMMARY_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "problem_id", nullable = false, updatable = false)
    private Problem problem;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private EvidenceKind kind;

    @Column(name = "summary", nullable = false, updatable = false, length = MAX_SUMMARY_LENGTH)
    private String summary;

    @Column(name = "number_of_people", updatable = false)
    private Integer numberOfPeople;

    @Column(name = "evidence_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "session_id", updatable = false)
    private Long sessionId;

    @Column(name = "added_by_subject", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String addedBySubject;

    @Column(name = "added_by_name", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String addedByName;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected EvidenceItem() {
        // for JPA
    }

    EvidenceItem(
            Problem problem,
            EvidenceKind kind,
            String summary,
            Integer numberOfPeople,
            LocalDate date,
            Long sessionId,
            Actor addedBy,
            Instant now,
            LocalDate today) {
        if (kind == null) {
            throw InvalidInputException.required("kind");
        }
        if (numberOfPeople != null && numberOfPeople < 0) {
            throw new InvalidInputException(
                    "numberOfPeople", Refusal.of("input.at-least", Refusal.field("numberOfPeople"), 0));
        }
        if (date == null) {
            throw InvalidInputException.required("date");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", Refusal.of("problem.evidence.date-future"));
        }
        if (sessionId != null && sessionId < 1) {
            throw new InvalidInputException("sessionId", Refusal.of("problem.evidence.session-id"));
        }
        this.problem = Objects.requireNonNull(problem, "problem");
        this.kind = kind;
        this.summary = Texts.required("summary", summary, MAX_SUMMARY_LENGTH);
        this.numberOfPeople = numberOfPeople;
        this.date = date;
        this.sessionId = sessionId;
        this.addedBySubject = addedBy.subject();
        this.addedByName = addedBy.name();
        this.addedAt = Objects.requireNonNull(now, "now");
    }

    /** Given by the database when the problem is stored; absent before. */
    public Long id() {
        return id;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public String summary() {
        return summary;
    }

    public Optional<Integer> numberOfPeople() {
        return Optional.ofNullable(numberOfPeople);
    }

    public LocalDate date() {
        return date;
    }

    /** The co-design session this came from, by id. */
    public Optional<Long> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public Actor addedBy() {
        return new Actor(addedBySubject, addedByName);
    }

    public Instant addedAt() {
        return addedAt;
    }

    public boolean wasAddedBy(String subject) {
        return addedBySubject.equals(subject);
    }
}
