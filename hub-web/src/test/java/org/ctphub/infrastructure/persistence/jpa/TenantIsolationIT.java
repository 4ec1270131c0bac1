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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ctphub.application.partnership.NewPartnership;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.NoPartnershipSelectedException;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
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
                () -> asMember(a, () -> register.describe(B_ONLY, "hijacked", "hijacked")));
        assertEquals("B's private problem", as(b, () -> register.get(B_ONLY)).title());
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

    private PartnershipRef newPartnership(String stem) {
        String slug = stem + "-" + UUID.randomUUID().toString().substring(0, 8);
        currentCaller.identify(Caller.system("isolation-test"));
        directory.register(new NewPartnership(
                slug, "Partnership " + slug, Nation.SCOTLAND, null, "Somewhere", "ISO", null, "Profile", null));
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
