package org.ctphub.application.session;

import static org.ctphub.domain.session.SessionsForTests.NOW;
import static org.ctphub.domain.session.SessionsForTests.assignId;
import static org.ctphub.domain.session.SessionsForTests.assignVersion;
import static org.ctphub.domain.session.SessionsForTests.details;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.ctphub.application.audit.AuditTrail;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.security.Role;
import org.ctphub.application.security.TestAccess;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemChange;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.session.CoDesignSession;
import org.ctphub.domain.session.CoDesignSessions;
import org.ctphub.domain.session.SessionChangedException;
import org.ctphub.domain.session.SessionCriteria;
import org.ctphub.domain.session.SessionNotFoundException;
import org.ctphub.domain.session.SessionQuote;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.shared.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session log's rules without a database: who may do what, what each audience reads, and
 * that every write is audited. Isolation between partnerships is proven against MariaDB in
 * {@code TenantIsolationIT}.
 */
class SessionLogTest {

    private static final PartnershipSlug HERE = new PartnershipSlug("hulme-moss-side");
    private static final PartnershipSlug ELSEWHERE = new PartnershipSlug("torbay");

    private final SessionLog log = new SessionLog();
    private final InMemoryProblems problems = new InMemoryProblems();
    private final InMemorySessions sessions = new InMemorySessions(problems);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final CurrentCaller caller = new CurrentCaller();

    @BeforeEach
    void inOnePartnership() {
        CurrentPartnership partnership = new CurrentPartnership();
        partnership.resolve(new PartnershipRef(1L, HERE));
        log.currentPartnership = partnership;
        log.sessions = sessions;
        log.problems = problems;
        log.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        log.access = TestAccess.of(caller, partnership);
        log.auditTrail = audit;
    }

    private void callerIs(String name, Set<Role> roles, PartnershipSlug... memberOf) {
        caller.identify(Caller.signedIn(name.toLowerCase(), name, roles, Set.of(memberOf)));
    }

    private void anonymous() {
        caller.identify(Caller.anonymous());
    }

    private SessionView recordAsAdvisor(String title, Visibility visibility) {
        callerIs("Ada", Set.of(Role.TECH_ADVISOR), HERE);
        return log.record(details(title, visibility));
    }

    @Test
    void organisersAndTechAdvisorsRecordSessionsAndQuotes() {
        callerIs("Olu", Set.of(Role.ORGANISER), HERE);
        SessionView recorded = log.record(details("Lunch club", null));
        assertEquals("Olu", recorded.recordedBy());
        SessionView quoted = log.addQuote(recorded.id(), new NewQuote("I'd come every week", "older resident", false));
        assertEquals(1, quoted.quotes().size());
        assertTrue(quoted.quotes().get(0).id() > 0);

        callerIs("Ada", Set.of(Role.TECH_ADVISOR), HERE);
        SessionView edited = log.edit(recorded.id(), quoted.version(), details("Lunch club, first visit", null));
        assertEquals("Lunch club, first visit", edited.title());
        assertEquals("Ada", edited.updatedBy());
        assertEquals(
                List.of(
                        "DONE session.record " + recorded.id(),
                        "DONE session.add-quote " + recorded.id(),
                        "DONE session.edit " + recorded.id()),
                audit.entries);
    }

    @Test
    void othersMayNotWriteAndEveryRefusalIsAudited() {
        anonymous();
        assertThrows(UnauthenticatedException.class, () -> log.record(details("t", null)));
        callerIs("Ben", Set.of(Role.TECH_ADVISOR), ELSEWHERE);
        assertThrows(ForbiddenException.class, () -> log.record(details("t", null)));
        callerIs("Cat", Set.of(Role.CENTRAL_TEAM));
        assertThrows(ForbiddenException.class, () -> log.record(details("t", null)));
        assertEquals(0, sessions.rows.size());
        assertEquals(
                List.of(
                        "UNAUTHENTICATED session.record null",
                        "FORBIDDEN session.record null",
                        "FORBIDDEN session.record null"),
                audit.entries);
    }

    @Test
    void onlyTechAdvisorsDelete() {
        long id = recordAsAdvisor("To delete", null).id();
        callerIs("Olu", Set.of(Role.ORGANISER), HERE);
        assertThrows(ForbiddenException.class, () -> log.remove(id));
        assertEquals(1, sessions.rows.size());
        callerIs("Ada", Set.of(Role.TECH_ADVISOR), HERE);
        log.remove(id);
        assertEquals(0, sessions.rows.size());
        assertThrows(SessionNotFoundException.class, () -> log.remove(id));
        assertEquals(
                List.of(
                        "DONE session.record " + id,
                        "FORBIDDEN session.remove " + id,
                        "DONE session.remove " + id,
                        "NOT_FOUND session.remove " + id),
                audit.entries);
    }

    @Test
    void readersSeeWhatTheirVisibilityAllowsAndTheRestIsNotFound() {
        long mine = recordAsAdvisor("Partnership only", Visibility.PARTNERSHIP).id();
        long network = recordAsAdvisor("Network", Visibility.NETWORK).id();
        long open = recordAsAdvisor("Public", Visibility.PUBLIC).id();

        anonymous();
        assertThrows(SessionNotFoundException.class, () -> log.get(mine));
        assertThrows(SessionNotFoundException.class, () -> log.get(network));
        assertEquals("Public", log.get(open).title());
        assertEquals(List.of("Public"), titles(log.list(SessionFilter.none(), sort(), PageRequest.first())));

        callerIs("Ben", Set.of(Role.TECH_ADVISOR), ELSEWHERE);
        assertThrows(SessionNotFoundException.class, () -> log.get(mine));
        assertEquals("Network", log.get(network).title());
        assertEquals(List.of("Network", "Public"), titles(log.list(SessionFilter.none(), sort(), PageRequest.first())));

        callerIs("Cat", Set.of(Role.CENTRAL_TEAM));
        assertEquals("Partnership only", log.get(mine).title());
        callerIs("Olu", Set.of(Role.ORGANISER), HERE);
        assertEquals(
                List.of("Partnership only", "Network", "Public"),
                titles(log.list(SessionFilter.none(), sort(), PageRequest.first())));
        assertThrows(SessionNotFoundException.class, () -> log.get(404L));
    }

    @Test
    void quotesWithoutConsentAreShownOnlyInsideThePartnership() {
        long id = recordAsAdvisor("Street stall", Visibility.PUBLIC).id();
        log.addQuote(id, new NewQuote("Not for outside", "young parent", false));
        log.addQuote(id, new NewQuote("Happy to be quoted", "bus driver", true));

        callerIs("Olu", Set.of(Role.ORGANISER), HERE);
        assertEquals(List.of("Not for outside", "Happy to be quoted"), quotes(log.get(id)));
        callerIs("Cat", Set.of(Role.CENTRAL_TEAM));
        assertEquals(List.of("Not for outside", "Happy to be quoted"), quotes(log.get(id)));

        callerIs("Ben", Set.of(Role.TECH_ADVISOR, Role.ORGANISER), ELSEWHERE);
        SessionView network = log.get(id);
        assertEquals(List.of("Happy to be quoted"), quotes(network));
        assertNull(network.recordedBy(), "names stay inside the partnership too");
        anonymous();
        assertEquals(List.of("Happy to be quoted"), quotes(log.get(id)));
    }

    @Test
    void consentWithdrawnTakesAQuoteBackInside() {
        long id = recordAsAdvisor("Drop-in", Visibility.PUBLIC).id();
        SessionView view = log.addQuote(id, new NewQuote("Quote me", null, true));
        long quoteId = view.quotes().get(0).id();
        log.setQuoteConsent(id, quoteId, false);
        anonymous();
        assertTrue(log.get(id).quotes().isEmpty());
        callerIs("Ada", Set.of(Role.TECH_ADVISOR), HERE);
        log.removeQuote(id, quoteId);
        assertTrue(log.get(id).quotes().isEmpty());
    }

    @Test
    void anEditFromAnOutdatedCopySavesNothingAndSaysWhoChangedIt() {
        SessionView opened = recordAsAdvisor("Original", null);
        callerIs("Olu", Set.of(Role.ORGANISER), HERE);
        SessionView saved = log.edit(opened.id(), opened.version(), details("Olu's change", null));

        callerIs("Ada", Set.of(Role.TECH_ADVISOR), HERE);
        SessionChangedException conflict = assertThrows(
                SessionChangedException.class,
                () -> log.edit(opened.id(), opened.version(), details("Ada's late change", null)));
        assertTrue(conflict.getMessage().contains("Olu"), conflict.getMessage());
        assertEquals(saved.version(), conflict.currentVersion());
        assertEquals("Olu's change", log.get(opened.id()).title());
        assertEquals("CONFLICT session.edit " + opened.id(), audit.entries.get(audit.entries.size() - 1));
    }

    @Test
    void linksOnlyProblemsOfThisPartnershipAndHidesThoseTheReaderMayNotSee() {
        Problem open = problems.add("HMS-0001", Visibility.PUBLIC);
        problems.add("HMS-0002", Visibility.PARTNERSHIP);
        long id = recordAsAdvisor("Linked", Visibility.PUBLIC).id();
        log.linkProblem(id, ProblemReference.parse("HMS-0001"));
        SessionView linked = log.linkProblem(id, ProblemReference.parse("HMS-0002"));
        assertEquals(2, linked.problems().size());
        assertThrows(
                ProblemNotFoundException.class,
                () -> log.linkProblem(id, ProblemReference.parse("TOR-0001")),
                "another partnership's problem is not found through this partnership's register");

        anonymous();
        assertEquals(
                List.of(open.reference()),
                log.get(id).problems().stream()
                        .map(SessionView.LinkedProblem::reference)
                        .toList());
        assertEquals(
                0,
                log.list(
                                new SessionFilter(null, null, null, null, ProblemReference.parse("HMS-0002"), null),
                                sort(),
                                PageRequest.first())
                        .total(),
                "filtering by a problem the reader may not see finds nothing");
        assertEquals(
                1,
                log.list(
                                new SessionFilter(null, null, null, null, ProblemReference.parse("HMS-0001"), null),
                                sort(),
                                PageRequest.first())
                        .total());

        callerIs("Ada", Set.of(Role.TECH_ADVISOR), HERE);
        assertEquals(
                1,
                log.unlinkProblem(id, ProblemReference.parse("HMS-0001"))
                        .problems()
                        .size());
    }

    @Test
    void aVisibilityFilterNeverWidensWhatTheCallerMayRead() {
        recordAsAdvisor("Secret", Visibility.PARTNERSHIP);
        anonymous();
        Page<SessionSummary> page = log.list(
                new SessionFilter(null, null, null, Visibility.PARTNERSHIP, null, null), sort(), PageRequest.first());
        assertEquals(0, page.total());
        assertTrue(sessions.lastCriteria == null
                || !sessions.lastCriteria.visibilities().contains(Visibility.PARTNERSHIP));
    }

    private static SessionSort sort() {
        return new SessionSort(SessionSort.Key.DATE, true);
    }

    private static List<String> titles(Page<SessionSummary> page) {
        return page.items().stream().map(SessionSummary::title).toList();
    }

    private static List<String> quotes(SessionView view) {
        return view.quotes().stream().map(SessionView.Quote::text).toList();
    }

    /** Stands in for MariaDB: assigns ids, moves versions on save, filters by visibility and problem. */
    private static final class InMemorySessions implements CoDesignSessions {

        final Map<Long, CoDesignSession> rows = new LinkedHashMap<>();
        private final Map<Long, Saved> saved = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong(100);
        private final InMemoryProblems problems;
        SessionCriteria lastCriteria;

        InMemorySessions(InMemoryProblems problems) {
            this.problems = problems;
        }

        private record Saved(java.time.Instant updatedAt, String updatedBy, int quotes, int links) {}

        @Override
        public Optional<CoDesignSession> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<CoDesignSession> findForUpdate(long id) {
            return find(id);
        }

        @Override
        public Page<CoDesignSession> list(SessionCriteria criteria, PageRequest pageRequest) {
            lastCriteria = criteria;
            List<CoDesignSession> matching = rows.values().stream()
                    .filter(s -> criteria.visibilities().contains(s.visibility()))
                    .filter(s ->
                            criteria.problemId() == null || s.linkedProblemIds().contains(criteria.problemId()))
                    .toList();
            return new Page<>(matching, pageRequest.page(), pageRequest.size(), matching.size());
        }

        @Override
        public List<Problem> linkedProblems(CoDesignSession session) {
            return problems.all.stream()
                    .filter(p -> session.linkedProblemIds().contains(p.id()))
                    .toList();
        }

        @Override
        public void add(CoDesignSession session) {
            long id = ids.incrementAndGet();
            assignId(session, id);
            assignVersion(session, 1);
            rows.put(id, session);
            saved.put(id, snapshot(session));
        }

        @Override
        public void flush() {
            for (CoDesignSession session : rows.values()) {
                for (SessionQuote quote : session.quotesVisibleTo(org.ctphub.domain.session.Audience.PARTNERSHIP)) {
                    if (quote.id() == null) {
                        assignId(quote, ids.incrementAndGet());
                    }
                }
                Saved now = snapshot(session);
                if (!now.equals(saved.get(session.id()))) {
                    assignVersion(session, session.version() + 1);
                    saved.put(session.id(), now);
                }
            }
        }

        private static Saved snapshot(CoDesignSession session) {
            return new Saved(
                    session.updatedAt(),
                    session.updatedBy().subject() + session.title(),
                    session.quotesVisibleTo(org.ctphub.domain.session.Audience.PARTNERSHIP)
                            .size(),
                    session.linkedProblemIds().size());
        }

        @Override
        public void remove(CoDesignSession session) {
            rows.remove(session.id());
        }
    }

    /** This partnership's problem register; references of other partnerships are simply absent. */
    private static final class InMemoryProblems implements Problems {

        final List<Problem> all = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        Problem add(String reference, Visibility visibility) {
            Problem problem = Problem.raise(
                    ProblemReference.parse(reference),
                    reference,
                    "summary",
                    visibility,
                    new Actor("advisor", "Advisor"),
                    NOW);
            assignId(problem, ids.incrementAndGet());
            all.add(problem);
            return problem;
        }

        @Override
        public Optional<Problem> findByReference(ProblemReference reference) {
            return all.stream().filter(p -> p.reference().equals(reference)).findFirst();
        }

        @Override
        public Page<Problem> search(
                Set<Visibility> visibilities, ProblemFilter filter, ProblemSort sort, PageRequest pageRequest) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
            // nothing to write: the problems live in this list
        }

        @Override
        public Map<ProblemStatus, Long> countByStatus() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Long> countByTheme() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forgetSession(long sessionId) {
            // no evidence kept here
        }

        @Override
        public void addChanges(List<ProblemChange> changes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ProblemChange> changesOf(Problem problem) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ProblemChange> changesSince(Problem problem, long version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Problem problem) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(Problem problem) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return all.size();
        }
    }

    private static final class RecordingAuditTrail extends AuditTrail {

        final List<String> entries = new ArrayList<>();

        @Override
        public void done(String action, String objectType, String objectRef) {
            assertEquals(SessionLog.OBJECT_TYPE, objectType);
            entries.add("DONE " + action + " " + objectRef);
        }

        @Override
        public void refused(String action, String objectType, String objectRef, HubException reason) {
            entries.add(outcome(reason) + " " + action + " " + objectRef);
        }

        private static String outcome(HubException reason) {
            return switch (reason.getClass().getSimpleName()) {
                case "UnauthenticatedException" -> "UNAUTHENTICATED";
                case "ForbiddenException" -> "FORBIDDEN";
                case "SessionNotFoundException" -> "NOT_FOUND";
                case "SessionChangedException" -> "CONFLICT";
                default -> "INVALID";
            };
        }
    }
}
