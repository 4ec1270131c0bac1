package org.ctphub.domain.problem;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Texts;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A problem a community has named. Tenant-owned: the {@code partnership_id} column is not mapped
 * as a field but written and filtered by EclipseLink from the entity manager's tenant, so no
 * code can forget it. Its themes, groups affected, evidence and status history are part of it
 * and tenant-owned the same way.
 *
 * <p>The collections are loaded with the problem (one batched query each per page of problems),
 * because entities leave the transaction before the edges read them and a lazy collection could
 * not be loaded then.
 */
@Entity
@Table(name = "problem")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class Problem {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_SUMMARY_LENGTH = 1000;
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;
    public static final int MAX_PLACE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = ProblemReferenceConverter.class)
    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private ProblemReference reference;

    @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "summary", nullable = false, length = MAX_SUMMARY_LENGTH)
    private String summary;

    /** Markdown source, rendered and sanitised by the edges. */
    @Column(name = "description")
    private String description;

    @Column(name = "place", length = MAX_PLACE_LENGTH)
    private String place;

    @Convert(converter = WardCodeConverter.class)
    @Column(name = "ward_code", length = 9)
    private WardCode wardCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ProblemStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 16)
    private ProblemPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 16)
    private Visibility visibility;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_subject", length = Actor.MAX_LENGTH)
    private String updatedBySubject;

    @Column(name = "updated_by_name", length = Actor.MAX_LENGTH)
    private String updatedByName;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("id ASC")
    private List<ProblemTheme> themes = new ArrayList<>();

    @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("id ASC")
    private List<ProblemGroupAffected> groupsAffected = new ArrayList<>();

    @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("id ASC")
    private List<EvidenceItem> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("id ASC")
    private List<ProblemStatusChange> history = new ArrayList<>();

    protected Problem() {
        // for JPA
    }

    private Problem(
            ProblemReference reference,
            String title,
            String summary,
            Visibility visibility,
            Actor raisedBy,
            Instant now) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.title = Texts.required("title", title, MAX_TITLE_LENGTH);
        this.summary = Texts.required("summary", summary, MAX_SUMMARY_LENGTH);
        this.status = ProblemStatus.RAISED;
        this.priority = ProblemPriority.defaultPriority();
        this.visibility = visibility == null ? Visibility.defaultVisibility() : visibility;
        this.createdAt = Objects.requireNonNull(now, "now");
        touch(raisedBy, now);
        history.add(new ProblemStatusChange(this, null, ProblemStatus.RAISED, null, raisedBy, now));
    }

    /**
     * A newly named problem starts as raised, at medium priority and, unless said otherwise,
     * visible to its partnership only. Its history starts with this step.
     */
    public static Problem raise(
            ProblemReference reference,
            String title,
            String summary,
            Visibility visibility,
            Actor raisedBy,
            Instant now) {
        return new Problem(reference, title, summary, visibility, raisedBy, now);
    }

    /** Whether an editor who started from {@code expectedVersion} started from the current version. */
    public boolean isAtVersion(long expectedVersion) {
        return expectedVersion == version;
    }

    /**
     * The conflict an editor who started from {@code expectedVersion} meets now.
     *
     * @param changesSince the problem's changes made from that version on, oldest first
     */
    public EditConflictException conflictWith(long expectedVersion, List<ProblemChange> changesSince) {
        return new EditConflictException(
                reference.toString(),
                expectedVersion,
                version,
                updatedBy().orElse(null),
                updatedAt,
                values(),
                changesSince);
    }

    /** Title and summary are required; a blank description means none. */
    public void describe(String newTitle, String newSummary, String newDescription, Actor by, Instant now) {
        String checkedTitle = Texts.required("title", newTitle, MAX_TITLE_LENGTH);
        String checkedSummary = Texts.required("summary", newSummary, MAX_SUMMARY_LENGTH);
        String checkedDescription = Texts.optional("description", newDescription, MAX_DESCRIPTION_LENGTH);
        if (checkedTitle.equals(title)
                && checkedSummary.equals(summary)
                && Objects.equals(checkedDescription, description)) {
            return;
        }
        title = checkedTitle;
        summary = checkedSummary;
        description = checkedDescription;
        touch(by, now);
    }

    /** Files the problem under these themes of the partnership's taxonomy, and no others. */
    public void classify(Collection<String> themeIds, Taxonomy taxonomy, Actor by, Instant now) {
        Set<String> chosen = taxonomy.requireAll("themes", themeIds);
        if (chosen.equals(themes())) {
            return;
        }
        themes.removeIf(t -> !chosen.contains(t.themeId()));
        Set<String> kept = themes();
        for (String themeId : chosen) {
            if (!kept.contains(themeId)) {
                themes.add(new ProblemTheme(this, themeId));
            }
        }
        touch(by, now);
    }

    /** Records the groups of people the problem affects; see {@link GroupsAffected} for the rules. */
    public void recordGroupsAffected(Collection<String> labels, Actor by, Instant now) {
        List<String> chosen = GroupsAffected.normalise(labels);
        if (new HashSet<>(chosen).equals(new HashSet<>(groupsAffected()))) {
            return;
        }
        // Rows are kept where the label stays, so the order shown is the order labels were first given.
        groupsAffected.removeIf(g -> !chosen.contains(g.label()));
        List<String> kept = groupsAffected();
        for (String label : chosen) {
            if (!kept.contains(label)) {
                groupsAffected.add(new ProblemGroupAffected(this, label));
            }
        }
        touch(by, now);
    }

    /** Where the problem is felt: a neighbourhood in words and, optionally, its ONS ward code. */
    public void locate(String newPlace, String newWardCode, Actor by, Instant now) {
        String checkedPlace = Texts.optional("place", newPlace, MAX_PLACE_LENGTH);
        WardCode checkedWard = WardCode.parseOptional(newWardCode);
        if (Objects.equals(checkedPlace, place) && Objects.equals(checkedWard, wardCode)) {
            return;
        }
        place = checkedPlace;
        wardCode = checkedWard;
        touch(by, now);
    }

    public void prioritise(ProblemPriority newPriority, Actor by, Instant now) {
        if (newPriority == null) {
            throw InvalidInputException.required("priority");
        }
        if (newPriority != priority) {
            priority = newPriority;
            touch(by, now);
        }
    }

    public void changeVisibility(Visibility newVisibility, Actor by, Instant now) {
        if (newVisibility == null) {
            throw InvalidInputException.required("visibility");
        }
        if (newVisibility != visibility) {
            visibility = newVisibility;
            touch(by, now);
        }
    }

    /**
     * Moves the problem on (or back) and records the step in its history. The allowed moves are
     * those of {@link ProblemStatus#next()}; parking and reopening a solved problem need a reason.
     *
     * @throws InvalidInputException on {@code status} for a move that is not allowed, on {@code why}
     *     for a missing or too long reason
     */
    public ProblemStatusChange changeStatus(ProblemStatus target, String why, Actor by, Instant now) {
        if (target == null) {
            throw InvalidInputException.required("status");
        }
        if (!status.canMoveTo(target)) {
            List<Refusal> allowed =
                    status.next().stream().map(ProblemStatus::inWords).toList();
            throw new InvalidInputException(
                    "status",
                    target == status
                            ? Refusal.of("problem.status-change.already", status.inWords(), allowed)
                            : Refusal.of(
                                    "problem.status-change.not-allowed", status.inWords(), target.inWords(), allowed));
        }
        String reason = Texts.optional("why", why, ProblemStatusChange.MAX_WHY_LENGTH);
        if (reason == null && status.needsReasonToMoveTo(target)) {
            throw new InvalidInputException(
                    "why",
                    target == ProblemStatus.PARKED
                            ? Refusal.of("problem.status-change.why-parked")
                            : Refusal.of("problem.status-change.why-reopened"));
        }
        ProblemStatusChange change = new ProblemStatusChange(this, status, target, reason, by, now);
        history.add(change);
        status = target;
        touch(by, now);
        return change;
    }

    /**
     * Adds a piece of evidence. It does not change the problem's own text, so it does not move its
     * version: an editor working on the description meets no conflict because evidence arrived.
     *
     * @param today the date where the partnership is, for the check that evidence is not dated in the future
     */
    public EvidenceItem addEvidence(
            EvidenceKind kind,
            String evidenceSummary,
            Integer numberOfPeople,
            LocalDate date,
            Long sessionId,
            Actor by,
            Instant now,
            LocalDate today) {
        EvidenceItem item =
                new EvidenceItem(this, kind, evidenceSummary, numberOfPeople, date, sessionId, by, now, today);
        evidence.add(item);
        return item;
    }

    public Optional<EvidenceItem> findEvidence(long evidenceId) {
        return evidence.stream()
                .filter(e -> e.id() != null && e.id() == evidenceId)
                .findFirst();
    }

    /** @throws EvidenceNotFoundException when this problem has no such evidence */
    public EvidenceItem removeEvidence(long evidenceId) {
        EvidenceItem item = findEvidence(evidenceId).orElseThrow(EvidenceNotFoundException::new);
        evidence.remove(item);
        return item;
    }

    private void touch(Actor by, Instant now) {
        Objects.requireNonNull(by, "by");
        updatedAt = Objects.requireNonNull(now, "now");
        updatedBySubject = by.subject();
        updatedByName = by.name();
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    public Long id() {
        return id;
    }

    public ProblemReference reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** The Markdown source as written. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Theme ids, in the order they were first given. */
    public Set<String> themes() {
        Set<String> ids = new LinkedHashSet<>();
        themes.forEach(t -> ids.add(t.themeId()));
        return Collections.unmodifiableSet(ids);
    }

    public List<String> groupsAffected() {
        return groupsAffected.stream().map(ProblemGroupAffected::label).toList();
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<WardCode> wardCode() {
        return Optional.ofNullable(wardCode);
    }

    public ProblemStatus status() {
        return status;
    }

    public ProblemPriority priority() {
        return priority;
    }

    public Visibility visibility() {
        return visibility;
    }

    /** Oldest first. */
    public List<EvidenceItem> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    /** Every status the problem has had, oldest first, starting when it was raised. */
    public List<ProblemStatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Absent for problems last changed before changes were signed. */
    public Optional<Actor> updatedBy() {
        return updatedBySubject == null ? Optional.empty() : Optional.of(new Actor(updatedBySubject, updatedByName));
    }

    public long version() {
        return version;
    }

    public ProblemValues values() {
        return new ProblemValues(
                title,
                summary,
                description,
                List.copyOf(themes()),
                groupsAffected(),
                place,
                wardCode == null ? null : wardCode.value(),
                priority,
                visibility,
                status);
    }
}
