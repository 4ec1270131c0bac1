package org.ctphub.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ctphub.application.partnership.NewPartnership;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.NewEvidence;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemEdit;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.security.Role;
import org.ctphub.application.session.NewQuote;
import org.ctphub.application.session.SessionFilter;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.application.session.SessionView;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.NoPartnershipSelectedException;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.problem.EvidenceKind;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.session.SessionChangedException;
import org.ctphub.domain.session.SessionDetails;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.session.SessionNotFoundException;
import org.ctphub.domain.session.SessionQuote;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.domain.tenancy.TenantOwned;
import org.ctphub.infrastructure.migration.SchemaMigration;
import org.ctphub.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partnership A cannot list, find, update or delete partnership B's problems, through the
 * application services and through the entity manager itself; with no partnership selected,
 * tenant-owned data cannot be touched at all. Both partnerships use the same reference prefix,
 * so their references clash on purpose: only the tenant filter tells them apart.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    private static final ProblemReference FIRST = ProblemReference.parse("ISO-0001");
    private static final ProblemReference B_ONLY = ProblemReference.parse("ISO-0002");

    @Deployment
    static WebArchive deployment() {
        return Deployments.hubWar();
    }

    @Inject
    PartnershipDirectory directory;

    @Inject
    ProblemRegister register;

    @Inject
    SessionLog sessionLog;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentCaller currentCaller;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    private PartnershipRef a;
    private PartnershipRef b;

    @BeforeEach
    void twoPartnershipsWhoseReferencesClash() {
        a = newPartnership("iso-a");
        b = newPartnership("iso-b");
        asMember(a, () -> register.raise(new NewProblem("A's own problem", "Only A may see this", Visibility.PUBLIC)));
        asMember(b, () -> {
            register.raise(new NewProblem("B's first problem", "Only B may see this", Visibility.PUBLIC));
            register.raise(new NewProblem("B's private problem", "Only B may see this", Visibility.PARTNERSHIP));
        });
    }

    @Test
    void aListsOnlyItsOwnProblems() {
        List<String> titles = as(a, () -> register.list(PageRequest.first())).items().stream()
                .map(Problem::title)
                .toList();
        assertEquals(List.of("A's own problem"), titles);
        assertEquals(1L, as(a, register::count));
        assertEquals(2L, as(b, register::count));
    }

    @Test
    void aCannotFindBsProblem() {
        assertTrue(as(a, () -> register.find(B_ONLY)).isEmpty());
        assertEquals("A's own problem", as(a, () -> register.get(FIRST)).title());
        assertEquals("B's first problem", as(b, () -> register.get(FIRST)).title());
    }

    @Test
    void aCannotUpdateBsProblem() {
        assertThrows(
                ProblemNotFoundException.class,
                () -> asMember(
                        a,
                        () -> register.edit(
                                B_ONLY,
                                0,
                                ProblemEdit.nothing().withTitle("hijacked").withSummary("hijacked"))));
        assertEquals("B's private problem", as(b, () -> register.get(B_ONLY)).title());
    }

    @Test
    void searchFiltersAndEvidenceNeverReachAnotherPartnership() throws Exception {
        asMember(b, () -> {
            for (ProblemReference reference : List.of(FIRST, B_ONLY)) {
                register.edit(
                        reference,
                        register.get(reference).version(),
                        ProblemEdit.nothing()
                                .withDescription("Allotments and community fridges")
                                .withThemes(Set.of("food"))
                                .withGroupsAffected(List.of("older people"))
                                .withPriority(ProblemPriority.URGENT));
                register.addEvidence(
                        reference,
                        new NewEvidence(EvidenceKind.SURVEY, "B's survey", 40, LocalDate.of(2026, 1, 5), 99L));
            }
        });

        // A's ISO-0001 shares its reference with B's, but none of B's evidence.
        assertEquals(List.of(), as(a, () -> register.get(FIRST)).evidence());
        assertEquals(1, as(b, () -> register.get(FIRST)).evidence().size());
        assertThrows(
                ProblemNotFoundException.class,
                () -> asMember(
                        a,
                        () -> register.addEvidence(
                                B_ONLY,
                                new NewEvidence(
                                        EvidenceKind.DATA, "intrusion", null, LocalDate.of(2026, 1, 5), null))));
        long bEvidenceId = as(b, () -> register.get(B_ONLY)).evidence().get(0).id();
        assertThrows(
                ProblemNotFoundException.class, () -> asMember(a, () -> register.removeEvidence(B_ONLY, bEvidenceId)));
        assertEquals(1, as(b, () -> register.get(B_ONLY)).evidence().size());

        for (ProblemFilter filter : List.of(
                ProblemFilter.none().withText("allotments"),
                ProblemFilter.none().withText("fridges allotments community"),
                ProblemFilter.none().withText("B's"),
                ProblemFilter.none().withTheme("food"),
                ProblemFilter.none().withGroupAffected("Older People"),
                ProblemFilter.none().withPriorities(Set.of(ProblemPriority.URGENT)))) {
            assertEquals(List.of(), titles(a, filter), "A finds nothing of B's with " + filter);
            assertEquals(
                    List.of("B's private problem", "B's first problem"),
                    titles(b, filter),
                    "B finds its own with " + filter);
        }
        assertEquals(List.of("A's own problem"), titles(a, ProblemFilter.none().withText("problem")));
        assertEquals(List.of("A's own problem"), titles(a, ProblemFilter.none().withText("A's")));

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT partnership_id FROM evidence WHERE partnership_id IN (?, ?) "
                                + "UNION SELECT DISTINCT partnership_id FROM problem_theme WHERE partnership_id IN (?, ?)")) {
            for (int i = 0; i < 4; i++) {
                select.setLong(i + 1, i % 2 == 0 ? a.id() : b.id());
            }
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(b.id(), rows.getLong(1), "every child row carries B's id");
                assertTrue(!rows.next(), "and none carries A's");
            }
        }
    }

    @Test
    void listsFilterSortAndPageOnTheDatabase() {
        asMember(b, () -> {
            register.raise(new NewProblem(
                    "Apples rot at the market",
                    "Stalls throw fruit away",
                    null,
                    Set.of("food"),
                    List.of("market traders"),
                    "Govan Cross",
                    "S13002985",
                    ProblemPriority.LOW,
                    Visibility.NETWORK));
            Problem problem = register.get(B_ONLY);
            register.changeStatus(B_ONLY, problem.version(), ProblemStatus.EXPLORING, null);
        });
        // ISO-0001 first (raised, medium), ISO-0002 (exploring, medium), ISO-0003 (raised, low)
        assertEquals(
                List.of("ISO-0003", "ISO-0002", "ISO-0001"),
                references(b, ProblemFilter.none(), ProblemSort.newestFirst()));
        assertEquals(
                List.of("ISO-0001", "ISO-0002", "ISO-0003"),
                references(b, ProblemFilter.none(), ProblemSort.ascending(ProblemSort.Key.REFERENCE)));
        assertEquals(
                List.of("ISO-0003", "ISO-0001", "ISO-0002"),
                references(b, ProblemFilter.none(), ProblemSort.ascending(ProblemSort.Key.TITLE)));
        assertEquals(
                List.of("ISO-0003", "ISO-0001", "ISO-0002"),
                references(b, ProblemFilter.none(), ProblemSort.ascending(ProblemSort.Key.PRIORITY)),
                "low before medium, ties by reference");
        assertEquals(
                List.of("ISO-0002", "ISO-0003", "ISO-0001"),
                references(b, ProblemFilter.none(), ProblemSort.descending(ProblemSort.Key.STATUS)),
                "exploring after raised along the way");
        assertEquals(
                List.of("ISO-0002"),
                references(
                        b,
                        ProblemFilter.none().withStatuses(Set.of(ProblemStatus.EXPLORING)),
                        ProblemSort.newestFirst()));
        assertEquals(
                List.of("ISO-0003"),
                references(
                        b,
                        ProblemFilter.none()
                                .withVisibilities(Set.of(Visibility.NETWORK))
                                .withTheme("food"),
                        ProblemSort.newestFirst()));
        assertEquals(
                List.of("ISO-0003"), references(b, ProblemFilter.none().withText("apples"), ProblemSort.newestFirst()));
        assertEquals(
                List.of("ISO-0003"),
                references(b, ProblemFilter.none().withText("+apples -rot* \"(market"), ProblemSort.newestFirst()),
                "operators are only text");
        assertEquals(
                List.of(),
                references(b, ProblemFilter.none().withText("%_"), ProblemSort.newestFirst()),
                "wildcards are only text");

        Page<Problem> first = as(
                b,
                () -> register.list(
                        ProblemFilter.none(), ProblemSort.ascending(ProblemSort.Key.PRIORITY), new PageRequest(0, 2)));
        Page<Problem> second = as(
                b,
                () -> register.list(
                        ProblemFilter.none(), ProblemSort.ascending(ProblemSort.Key.PRIORITY), new PageRequest(1, 2)));
        assertEquals(3, first.total());
        assertEquals(2, first.items().size());
        assertEquals(
                List.of("ISO-0002"),
                second.items().stream().map(p -> p.reference().toString()).toList());
        assertEquals(
                "S13002985",
                as(b, () -> register.get(ProblemReference.parse("ISO-0003")))
                        .wardCode()
                        .orElseThrow()
                        .value());
    }

    private List<String> titles(PartnershipRef partnership, ProblemFilter filter) {
        return as(partnership, () -> register.list(filter, ProblemSort.newestFirst(), PageRequest.first()))
                .items()
                .stream()
                .map(Problem::title)
                .toList();
    }

    private List<String> references(PartnershipRef partnership, ProblemFilter filter, ProblemSort sort) {
        return as(partnership, () -> register.list(filter, sort, PageRequest.first())).items().stream()
                .map(p -> p.reference().toString())
                .toList();
    }

    @Test
    void aCannotDeleteBsProblem() {
        assertThrows(ProblemNotFoundException.class, () -> asMember(a, () -> register.remove(B_ONLY)));
        assertEquals(2L, as(b, register::count));
    }

    @Test
    void theEntityManagerItselfOnlyReachesTheSelectedPartnership() throws Exception {
        long bProblemId = as(b, () -> register.get(B_ONLY)).id();
        currentPartnership.runAs(
                a,
                () -> inTransaction(() -> {
                    assertNull(entityManager.find(Problem.class, bProblemId), "find by primary key");
                    assertEquals(
                            0,
                            entityManager
                                    .createQuery("UPDATE Problem p SET p.title = 'hijacked' WHERE p.id = :id")
                                    .setParameter("id", bProblemId)
                                    .executeUpdate(),
                            "bulk update");
                    assertEquals(
                            0,
                            entityManager
                                    .createQuery("DELETE FROM Problem p WHERE p.id = :id")
                                    .setParameter("id", bProblemId)
                                    .executeUpdate(),
                            "bulk delete");
                    assertEquals(
                            1L,
                            entityManager
                                    .createQuery("SELECT COUNT(p) FROM Problem p", Long.class)
                                    .getSingleResult());
                }));
        assertEquals("B's private problem", as(b, () -> register.get(B_ONLY)).title());
    }

    @Test
    void withNoPartnershipSelectedTenantOwnedDataCannotBeReadOrWritten() {
        assertTrue(currentPartnership.find().isEmpty(), "this request names no partnership");
        currentCaller.identify(memberOfBoth());
        assertThrows(
                NoPartnershipSelectedException.class,
                () -> register.raise(new NewProblem("orphan", "no partnership", Visibility.PUBLIC)));
        assertThrows(NoPartnershipSelectedException.class, () -> register.list(PageRequest.first()));
        RuntimeException failure = assertThrows(
                RuntimeException.class,
                () -> inTransaction(() -> entityManager
                        .createQuery("SELECT p FROM Problem p", Problem.class)
                        .getResultList()));
        assertTrue(
                causes(failure).contains(TenantOwned.CONTEXT_PROPERTY),
                "EclipseLink itself refuses the query for want of a tenant: " + causes(failure));
    }

    @Test
    void everyRowCarriesThePartnershipThatWroteIt() throws Exception {
        Map<Long, Integer> rowsPerPartnership = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT partnership_id, COUNT(*) FROM problem WHERE partnership_id IN (?, ?) GROUP BY partnership_id")) {
            select.setLong(1, a.id());
            select.setLong(2, b.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rowsPerPartnership.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
        assertEquals(Map.of(a.id(), 1, b.id(), 2), rowsPerPartnership);
    }

    @Test
    void sessionsTheirQuotesAndLinksNeverCrossPartnerships() throws Exception {
        SessionView aSession = as(a, () -> sessionLog.record(session("A's allotment workshop", "Raised beds")));
        as(a, () -> sessionLog.addQuote(aSession.id(), new NewQuote("A's words, no consent", "gardener", false)));
        SessionView aLinked = as(a, () -> sessionLog.linkProblem(aSession.id(), FIRST));
        SessionView bSession = as(b, () -> sessionLog.record(session("B's allotment workshop", "Raised beds")));
        SessionView bQuoted =
                as(b, () -> sessionLog.addQuote(bSession.id(), new NewQuote("B's words, no consent", null, false)));
        as(b, () -> sessionLog.linkProblem(bSession.id(), FIRST));
        long bQuoteId = bQuoted.quotes().get(0).id();

        assertEquals("A's own problem", aLinked.problems().get(0).title(), "FIRST resolves to A's own problem");
        assertEquals(
                "B's first problem",
                as(b, () -> sessionLog.get(bSession.id())).problems().get(0).title());
        assertThrows(SessionNotFoundException.class, () -> as(a, () -> sessionLog.get(bSession.id())));
        assertThrows(
                SessionNotFoundException.class,
                () -> as(a, () -> sessionLog.addQuote(bSession.id(), new NewQuote("planted", null, true))));
        assertThrows(
                SessionNotFoundException.class,
                () -> as(a, () -> sessionLog.setQuoteConsent(bSession.id(), bQuoteId, true)));
        assertThrows(
                SessionNotFoundException.class,
                () -> as(a, () -> sessionLog.edit(bSession.id(), bSession.version(), session("hijacked", "hijacked"))));
        assertThrows(SessionNotFoundException.class, () -> asMember(a, () -> sessionLog.remove(bSession.id())));
        currentPartnership.runAs(
                a,
                () -> inTransaction(() ->
                        assertNull(entityManager.find(SessionQuote.class, bQuoteId), "B's quote by primary key")));

        SessionView bAfter = as(b, () -> sessionLog.get(bSession.id()));
        assertEquals("B's allotment workshop", bAfter.title());
        assertEquals(
                List.of("B's words, no consent"),
                bAfter.quotes().stream().map(SessionView.Quote::text).toList());
        assertEquals(
                Map.of(a.id(), 1, b.id(), 1), rowsPerPartnership("session_quote"), "each quote in its own partnership");
        assertEquals(Map.of(a.id(), 1, b.id(), 1), rowsPerPartnership("session_problem"));

        asMember(b, () -> sessionLog.remove(bSession.id()));
        assertEquals(Map.of(a.id(), 1), rowsPerPartnership("session_quote"), "B's quotes went with B's session");
        assertEquals(Map.of(a.id(), 1), rowsPerPartnership("co_design_session"));
    }

    @Test
    void searchingSessionsStaysInThePartnership() {
        as(a, () -> sessionLog.record(session("Allotment workshop", "Seeds and raised beds for the estate")));
        as(b, () -> sessionLog.record(session("Seed swap", "Allotment plots and seeds for the estate")));
        as(b, () -> sessionLog.record(session("Go for it", "Nothing about gardens")));

        assertEquals(List.of("Allotment workshop"), search(a, "allotment"));
        assertEquals(List.of("Allotment workshop"), search(a, "seeds estate"), "full text over the notes");
        assertEquals(List.of("Seed swap"), search(b, "allotment"));
        assertEquals(List.of("Go for it"), search(b, "go"), "short words fall back to the title");
        assertEquals(List.of(), search(a, "go"));
        assertEquals(List.of(), search(a, "100%_\\' OR 1=1 --"), "typed wildcards and quotes are just text");
    }

    @Test
    void anEditFromAnOutdatedCopyIsRefusedAgainstTheDatabase() {
        SessionView opened = as(a, () -> sessionLog.record(session("Original", null)));
        SessionView saved = as(a, () -> sessionLog.edit(opened.id(), opened.version(), session("First edit", null)));
        assertTrue(saved.version() > opened.version(), "saving moves the version");
        SessionChangedException conflict = assertThrows(
                SessionChangedException.class,
                () -> as(a, () -> sessionLog.edit(opened.id(), opened.version(), session("Lost update", null))));
        assertTrue(conflict.getMessage().contains("Isolation test"), conflict.getMessage());
        assertEquals("First edit", as(a, () -> sessionLog.get(opened.id())).title());
    }

    private List<String> search(PartnershipRef partnership, String text) {
        return as(
                        partnership,
                        () -> sessionLog.list(
                                SessionFilter.search(text), SessionSort.parse("title", "asc"), PageRequest.first()))
                .items()
                .stream()
                .map(SessionSummary::title)
                .toList();
    }

    private static SessionDetails session(String title, String notes) {
        return new SessionDetails(
                title,
                LocalDate.now().minusDays(1),
                SessionFormat.WORKSHOP,
                "Community hall",
                10,
                2,
                notes,
                null,
                null,
                Visibility.PARTNERSHIP);
    }

    private Map<Long, Integer> rowsPerPartnership(String table) throws Exception {
        Map<Long, Integer> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT partnership_id, COUNT(*) FROM " + table
                        + " WHERE partnership_id IN (?, ?) GROUP BY partnership_id")) {
            select.setLong(1, a.id());
            select.setLong(2, b.id());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getLong(1), result.getInt(2));
                }
            }
        }
        return rows;
    }

    private PartnershipRef newPartnership(String stem) {
        String slug = stem + "-" + UUID.randomUUID().toString().substring(0, 8);
        currentCaller.identify(Caller.system("isolation-test"));
        directory.register(new NewPartnership(
                slug,
                "Partnership " + slug,
                Nation.SCOTLAND,
                null,
                "Somewhere",
                "ISO",
                "urban-neighbourhood",
                "Profile",
                null));
        directory.activate(new PartnershipSlug(slug));
        return directory.resolve(slug).orElseThrow();
    }

    /**
     * Works as a tech advisor who is a member of BOTH partnerships: only the tenant filter, not
     * the caller's rights, can keep A's path away from B's rows.
     */
    private <T> T as(PartnershipRef partnership, Supplier<T> work) {
        currentCaller.identify(memberOfBoth());
        return currentPartnership.callAs(partnership, work);
    }

    private void asMember(PartnershipRef partnership, Runnable work) {
        as(partnership, () -> {
            work.run();
            return null;
        });
    }

    private Caller memberOfBoth() {
        return Caller.signedIn(
                "isolation-test", "Isolation test", Set.of(Role.TECH_ADVISOR), Set.of(a.slug(), b.slug()));
    }

    private void inTransaction(Runnable work) {
        try {
            transaction.begin();
            try {
                work.run();
            } finally {
                transaction.rollback();
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getClass().getName())
                    .append(": ")
                    .append(t.getMessage())
                    .append(" | ");
        }
        return messages.toString();
    }
}
