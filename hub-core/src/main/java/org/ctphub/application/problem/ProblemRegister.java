package org.ctphub.application.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ctphub.application.audit.AuditTrail;
import org.ctphub.application.partnership.PartnershipTemplates;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipNotFoundException;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.EvidenceItem;
import org.ctphub.domain.problem.EvidenceNotFoundException;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemChange;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.problem.ProblemValues;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.problem.WardCode;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Visibility;

/**
 * The problem register of the current partnership. Its tech advisors keep it: they raise, edit,
 * move and remove problems. Its organisers add evidence, and may take back evidence they added.
 * Reading follows {@link Access#readableVisibilities()}. Edits name the version the editor started
 * from; a problem changed since is not overwritten ({@link org.ctphub.domain.problem.EditConflictException}).
 */
@ApplicationScoped
@Transactional
public class ProblemRegister {

    /** Every partnership is in the UK: "today", for dating evidence, is the UK's today. */
    static final ZoneId PARTNERSHIP_ZONE = ZoneId.of("Europe/London");

    private static final Set<Visibility> PUBLIC_ONLY = EnumSet.of(Visibility.PUBLIC);

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    Partnerships partnerships;

    @Inject
    PartnershipTemplates templates;

    @Inject
    Problems problems;

    @Inject
    ProblemConflicts conflicts;

    @Inject
    Clock clock;

    @Inject
    Access access;

    @Inject
    AuditTrail auditTrail;

    /** Raising a problem is a tech advisor's work, in their own partnership. */
    public Problem raise(@NotNull NewProblem request) {
        return audited("problem.raise", "problem", null, null, () -> {
            Actor actor = actorOf(access.requireMember(Role.TECH_ADVISOR));
            Partnership partnership = partnerships
                    .findForUpdate(currentPartnership.require().id())
                    .orElseThrow(PartnershipNotFoundException::new);
            Instant now = clock.instant();
            Problem problem = Problem.raise(
                    partnership.allocateProblemReference(),
                    request.title(),
                    request.summary(),
                    request.visibility(),
                    actor,
                    now);
            problem.describe(request.title(), request.summary(), request.description(), actor, now);
            if (request.themes() != null && !request.themes().isEmpty()) {
                problem.classify(request.themes(), templates.taxonomyOf(partnership), actor, now);
            }
            problem.recordGroupsAffected(request.groupsAffected(), actor, now);
            problem.locate(request.place(), request.wardCode(), actor, now);
            if (request.priority() != null) {
                problem.prioritise(request.priority(), actor, now);
            }
            problems.add(problem);
            return problem;
        });
    }

    /**
     * Changes the fields the edit gives, if the problem is still at the version the editor started
     * from.
     *
     * @throws org.ctphub.domain.problem.EditConflictException when it is not; nothing is changed
     */
    public Problem edit(@NotNull ProblemReference reference, long expectedVersion, @NotNull ProblemEdit edit) {
        return audited("problem.edit", "problem", reference, expectedVersion, () -> {
            Actor actor = actorOf(access.requireMember(Role.TECH_ADVISOR));
            Problem problem = get(reference);
            requireVersion(problem, expectedVersion);
            ProblemValues before = problem.values();
            Instant now = clock.instant();
            if (edit.title() != null || edit.summary() != null || edit.description() != null) {
                problem.describe(
                        given(edit.title(), problem.title()),
                        given(edit.summary(), problem.summary()),
                        given(edit.description(), problem.description().orElse(null)),
                        actor,
                        now);
            }
            if (edit.themes() != null) {
                problem.classify(edit.themes(), taxonomy(), actor, now);
            }
            if (edit.groupsAffected() != null) {
                problem.recordGroupsAffected(edit.groupsAffected(), actor, now);
            }
            if (edit.place() != null || edit.wardCode() != null) {
                problem.locate(
                        given(edit.place(), problem.place().orElse(null)),
                        given(
                                edit.wardCode(),
                                problem.wardCode().map(WardCode::value).orElse(null)),
                        actor,
                        now);
            }
            if (edit.priority() != null) {
                problem.prioritise(edit.priority(), actor, now);
            }
            if (edit.visibility() != null) {
                problem.changeVisibility(edit.visibility(), actor, now);
            }
            keepChanges(problem, before, actor, now);
            return problem;
        });
    }

    /**
     * Moves the problem to another status and records why in its history.
     *
     * @throws org.ctphub.domain.problem.EditConflictException when the problem is no longer at {@code expectedVersion}
     */
    public Problem changeStatus(
            @NotNull ProblemReference reference, long expectedVersion, @NotNull ProblemStatus status, String why) {
        return audited("problem.change-status", "problem", reference, expectedVersion, () -> {
            Actor actor = actorOf(access.requireMember(Role.TECH_ADVISOR));
            Problem problem = get(reference);
            requireVersion(problem, expectedVersion);
            ProblemValues before = problem.values();
            Instant now = clock.instant();
            problem.changeStatus(status, why, actor, now);
            keepChanges(problem, before, actor, now);
            return problem;
        });
    }

    /** Tech advisors and organisers of the partnership add evidence. It does not move the problem's version. */
    public EvidenceItem addEvidence(@NotNull ProblemReference reference, @NotNull NewEvidence evidence) {
        return audited(
                "problem.add-evidence",
                "evidence",
                reference,
                null,
                () -> {
                    Actor actor = actorOf(access.requireMember(Role.TECH_ADVISOR, Role.ORGANISER));
                    Problem problem = get(reference);
                    Instant now = clock.instant();
                    return problem.addEvidence(
                            evidence.kind(),
                            evidence.summary(),
                            evidence.numberOfPeople(),
                            evidence.date(),
                            evidence.sessionId(),
                            actor,
                            now,
                            LocalDate.ofInstant(now, PARTNERSHIP_ZONE));
                },
                item -> reference + "/evidence/" + item.id());
    }

    /** Tech advisors remove any evidence; an organiser only evidence they added. */
    public void removeEvidence(@NotNull ProblemReference reference, long evidenceId) {
        audited(
                "problem.remove-evidence",
                "evidence",
                reference,
                null,
                () -> {
                    Caller caller = access.requireMember(Role.TECH_ADVISOR, Role.ORGANISER);
                    Problem problem = get(reference);
                    EvidenceItem item = problem.findEvidence(evidenceId).orElseThrow(EvidenceNotFoundException::new);
                    if (!caller.has(Role.TECH_ADVISOR) && !item.wasAddedBy(caller.subject())) {
                        throw new ForbiddenException(Refusal.of("problem.evidence.remove-others"));
                    }
                    return problem.removeEvidence(evidenceId);
                },
                item -> reference + "/evidence/" + evidenceId);
    }

    public void remove(@NotNull ProblemReference reference) {
        audited("problem.remove", "problem", reference, null, () -> {
            access.requireMember(Role.TECH_ADVISOR);
            Problem problem = get(reference);
            problems.remove(problem);
            return problem;
        });
    }

    public Optional<Problem> find(@NotNull ProblemReference reference) {
        return problems.findByReference(reference);
    }

    /** Any problem of this partnership, whoever asks: for use cases that check access themselves. */
    public Problem get(@NotNull ProblemReference reference) {
        return find(reference).orElseThrow(ProblemNotFoundException::new);
    }

    /** A problem the public may read; any other answers exactly as a missing one does. */
    public Problem getPublic(@NotNull ProblemReference reference) {
        return find(reference).filter(Problem::isPublic).orElseThrow(ProblemNotFoundException::new);
    }

    /** A problem the caller may read; any other answers exactly as a missing one does. */
    public Problem getReadable(@NotNull ProblemReference reference) {
        Set<Visibility> readable = access.readableVisibilities();
        return find(reference)
                .filter(p -> readable.contains(p.visibility()))
                .orElseThrow(ProblemNotFoundException::new);
    }

    public Page<Problem> listPublic(@NotNull PageRequest pageRequest) {
        return listPublic(ProblemFilter.none(), ProblemSort.newestFirst(), pageRequest);
    }

    public Page<Problem> listPublic(
            @NotNull ProblemFilter filter, @NotNull ProblemSort sort, @NotNull PageRequest pageRequest) {
        return problems.search(filter.visibilitiesWithin(PUBLIC_ONLY), filter, sort, pageRequest);
    }

    /** The problems the caller may read here, newest first: all for members, network-visible ones for others signed in. */
    public Page<Problem> list(@NotNull PageRequest pageRequest) {
        return list(ProblemFilter.none(), ProblemSort.newestFirst(), pageRequest);
    }

    /** The problems the caller may read here that pass the filter, in the given order. */
    public Page<Problem> list(
            @NotNull ProblemFilter filter, @NotNull ProblemSort sort, @NotNull PageRequest pageRequest) {
        return problems.search(filter.visibilitiesWithin(access.readableVisibilities()), filter, sort, pageRequest);
    }

    /** The themes this partnership files its problems under. */
    public Taxonomy taxonomy() {
        Partnership partnership = partnerships
                .findBySlug(currentPartnership.require().slug())
                .orElseThrow(PartnershipNotFoundException::new);
        return templates.taxonomyOf(partnership);
    }

    /** The partnership's problems by status, for the workspace dashboard (members and central team). */
    public Map<ProblemStatus, Long> countByStatus() {
        requireReader();
        return problems.countByStatus();
    }

    /** The partnership's problems by theme id, most used first. */
    public Map<String, Long> countByTheme() {
        requireReader();
        return problems.countByTheme();
    }

    private void requireReader() {
        if (!access.canReadEverything(currentPartnership.require().slug())) {
            throw new ForbiddenException(Refusal.of("problem.figures.members-only"));
        }
    }

    public long count() {
        return problems.count();
    }

    /**
     * The problem's change log, oldest first: every field changed, before and after, by whom and
     * when. For its members and the central team: earlier values may say what the partnership has
     * since taken out of a shared problem.
     */
    public List<ProblemChange> changesOf(@NotNull ProblemReference reference) {
        requireReader();
        return problems.changesOf(get(reference));
    }

    private void requireVersion(Problem problem, long expectedVersion) {
        if (!problem.isAtVersion(expectedVersion)) {
            throw problem.conflictWith(expectedVersion, problems.changesSince(problem, expectedVersion));
        }
    }

    /**
     * Writes what changed between {@code before} and now into the problem's change log. The
     * problem's own row is written first: its update takes the row lock that orders concurrent
     * editors, before the change rows' foreign keys share it (the other way round, two editors
     * deadlock instead of one meeting a clean conflict).
     */
    private void keepChanges(Problem problem, ProblemValues before, Actor actor, Instant now) {
        List<ProblemChange> changes = before.changesTo(problem.values()).stream()
                .map(change -> new ProblemChange(problem, change, actor, now))
                .toList();
        if (!changes.isEmpty()) {
            problems.flush();
            problems.addChanges(changes);
        }
    }

    private static Actor actorOf(Caller caller) {
        return new Actor(caller.subject(), caller.displayName());
    }

    private static String given(String edited, String current) {
        return edited != null ? edited : current;
    }

    private Problem audited(
            String action, String objectType, ProblemReference target, Long expectedVersion, Supplier<Problem> change) {
        return audited(action, objectType, target, expectedVersion, change, p -> p.reference()
                .toString());
    }

    /**
     * Runs a change and audits it: done with the change, or refused in a transaction of its own.
     * Pending writes are flushed first, so that a concurrent change to the same problem is met here
     * and answered as a conflict rather than as a failed commit.
     */
    private <T> T audited(
            String action,
            String objectType,
            ProblemReference target,
            Long expectedVersion,
            Supplier<T> change,
            Function<T, String> refOf) {
        String targetRef = target == null ? null : target.toString();
        try {
            T result;
            try {
                result = change.get();
                problems.flush();
            } catch (PersistenceException failure) {
                if (!isOptimisticLockFailure(failure)) {
                    throw failure;
                }
                if (target == null || expectedVersion == null) {
                    throw new ConflictException(Refusal.of("problem.changed-concurrently"));
                }
                throw conflicts.afterConcurrentChange(target, expectedVersion);
            }
            auditTrail.done(action, objectType, refOf.apply(result));
            return result;
        } catch (HubException refused) {
            auditTrail.refused(action, objectType, targetRef, refused);
            throw refused;
        }
    }

    private static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
