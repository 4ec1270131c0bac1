package org.ctphub.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
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
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.problem.EditConflictException;
import org.ctphub.domain.problem.EvidenceItem;
import org.ctphub.domain.problem.EvidenceKind;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.problem.ProblemStatusChange;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.infrastructure.migration.SchemaMigration;
import org.ctphub.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every change is audited with who, where, what and how it ended; refused attempts too; no entry can
 * change. The problem register's writes are exercised here on the real database: versions, status
 * history, evidence and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

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
    CurrentCaller currentCaller;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Test
    void aChangeIsAuditedWithWhoWhereAndWhat() throws SQLException {
        PartnershipRef partnership = newPartnership();
        currentCaller.identify(advisorOf(partnership, "advisor-1", "Ada Advisor"));
        String reference = currentPartnership
                .callAs(
                        partnership,
                        () -> register.raise(
                                new NewProblem("Audited problem", "Someone must know", Visibility.PARTNERSHIP)))
                .reference()
                .toString();

        assertEquals(
                List.of("advisor-1|Ada Advisor|problem.raise|problem|" + reference + "|DONE"),
                entries(partnership, "problem.raise"));
    }

    @Test
    void refusedAttemptsAreAuditedThoughTheirWorkRollsBack() throws SQLException {
        PartnershipRef partnership = newPartnership();
        PartnershipRef elsewhere = newPartnership();
        currentCaller.identify(advisorOf(elsewhere, "advisor-2", "Ben Elsewhere"));
        assertThrows(
                ForbiddenException.class,
                () -> currentPartnership.callAs(
                        partnership, () -> register.raise(new NewProblem("Intrusion", "Not my partnership", null))));
        currentCaller.identify(Caller.anonymous());
        assertThrows(
                UnauthenticatedException.class,
                () -> currentPartnership.callAs(
                        partnership, () -> register.raise(new NewProblem("Anonymous", "Nobody signed in", null))));

        assertEquals(
                List.of(
                        "advisor-2|Ben Elsewhere|problem.raise|problem|null|FORBIDDEN",
                        "anonymous|anonymous|problem.raise|problem|null|UNAUTHENTICATED"),
                entries(partnership, "problem.raise"));
        currentCaller.identify(Caller.system("audit-test"));
        assertEquals(0L, currentPartnership.callAs(partnership, register::count), "nothing was written");
    }

    @Test
    void noAuditEntryCanBeEditedOrDeleted() throws SQLException {
        PartnershipRef partnership = newPartnership();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate(
                            "UPDATE audit_entry SET actor_name = 'someone else' WHERE partnership_id = "
                                    + partnership.id()));
            assertTrue(update.getMessage().contains("never edited"), update.getMessage());
            SQLException delete = assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate(
                            "DELETE FROM audit_entry WHERE partnership_id = " + partnership.id()));
            assertTrue(delete.getMessage().contains("never deleted"), delete.getMessage());
        }
        assertEquals(1, entries(partnership, "partnership.activate").size());
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedWithTheCurrentTextAndOverwritesNothing() throws SQLException {
        PartnershipRef partnership = newPartnership();
        currentCaller.identify(advisorOf(partnership, "advisor-3", "Cai Advisor"));
        Problem raised = currentPartnership.callAs(
                partnership, () -> register.raise(new NewProblem("Draft title", "Draft summary", null)));
        ProblemReference reference = raised.reference();
        long startedFrom = raised.version();

        Problem edited = currentPartnership.callAs(
                partnership,
                () -> register.edit(
                        reference,
                        startedFrom,
                        ProblemEdit.nothing()
                                .withTitle("Cai's title")
                                .withDescription("Cai's *description*")
                                .withThemes(Set.of("food", "loneliness"))
                                .withGroupsAffected(List.of("older people", "Older People ", "carers"))
                                .withPlace("Moss Side", "e05011368")
                                .withPriority(ProblemPriority.HIGH)));
        assertTrue(edited.version() > startedFrom, "an edit moves the version");
        assertEquals(Set.of("food", "loneliness"), edited.themes());
        assertEquals(List.of("older people", "carers"), edited.groupsAffected());
        assertEquals("E05011368", edited.wardCode().orElseThrow().value());

        currentCaller.identify(advisorOf(partnership, "advisor-4", "Dee Late"));
        EditConflictException conflict = assertThrows(
                EditConflictException.class,
                () -> currentPartnership.callAs(
                        partnership,
                        () -> register.edit(
                                reference, startedFrom, ProblemEdit.nothing().withTitle("Dee's title"))));
        assertEquals(edited.version(), conflict.currentVersion());
        assertEquals("Cai Advisor", conflict.lastChangedBy().orElseThrow().name());
        assertEquals("Cai's title", conflict.current().title());
        assertEquals("Cai's *description*", conflict.current().description());
        assertThrows(
                EditConflictException.class,
                () -> currentPartnership.callAs(
                        partnership,
                        () -> register.changeStatus(reference, startedFrom, ProblemStatus.EXPLORING, null)));

        Problem stored = currentPartnership.callAs(partnership, () -> register.get(reference));
        assertEquals("Cai's title", stored.title());
        assertEquals(ProblemStatus.RAISED, stored.status());
        assertEquals(
                List.of(
                        "advisor-3|Cai Advisor|problem.edit|problem|" + reference + "|DONE",
                        "advisor-4|Dee Late|problem.edit|problem|" + reference + "|CONFLICT"),
                entries(partnership, "problem.edit"));
    }

    /**
     * Two editors start from the same version; the other one commits between this one's check and
     * its write. The database's version check catches it and it is answered as the same conflict.
     */
    @Test
    void aConcurrentCommitIsCaughtByTheVersionColumnAndAnsweredAsAConflict() throws Exception {
        PartnershipRef partnership = newPartnership();
        currentCaller.identify(advisorOf(partnership, "advisor-5", "Eli Advisor"));
        Problem raised = currentPartnership.callAs(
                partnership, () -> register.raise(new NewProblem("Before the race", "Summary", null)));
        ProblemReference reference = raised.reference();
        long startedFrom = raised.version();

        EditConflictException conflict = currentPartnership.callAs(partnership, () -> {
            try {
                transaction.begin();
                try {
                    assertEquals(startedFrom, register.get(reference).version(), "this transaction read it");
                    commitElsewhere(partnership, reference, "Changed elsewhere");
                    return assertThrows(
                            EditConflictException.class,
                            () -> register.edit(
                                    reference,
                                    startedFrom,
                                    ProblemEdit.nothing().withTitle("Lost update")));
                } finally {
                    transaction.rollback();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals(startedFrom + 1, conflict.currentVersion());
        assertEquals("Changed elsewhere", conflict.current().title());
        assertEquals("Someone Else", conflict.lastChangedBy().orElseThrow().name());
        assertEquals(
                "Changed elsewhere",
                currentPartnership
                        .callAs(partnership, () -> register.get(reference))
                        .title(),
                "nothing was overwritten");
        assertEquals(
                List.of("advisor-5|Eli Advisor|problem.edit|problem|" + reference + "|CONFLICT"),
                entries(partnership, "problem.edit"));
    }

    @Test
    void statusChangesKeepAHistoryWithWhoAndWhy() throws SQLException {
        PartnershipRef partnership = newPartnership();
        currentCaller.identify(advisorOf(partnership, "advisor-6", "Fay Advisor"));
        ProblemReference reference = currentPartnership
                .callAs(partnership, () -> register.raise(new NewProblem("Moving on", "Summary", null)))
                .reference();
        currentPartnership.runAs(partnership, () -> {
            Problem problem =
                    register.changeStatus(reference, register.get(reference).version(), ProblemStatus.EXPLORING, null);
            register.changeStatus(reference, problem.version(), ProblemStatus.PARKED, "Waiting for funding");
            InvalidInputException refused = assertThrows(
                    InvalidInputException.class,
                    () -> register.changeStatus(
                            reference, register.get(reference).version(), ProblemStatus.SOLVED, null));
            assertTrue(refused.getMessage().contains("raised, exploring, co-designing or trying a solution"));
        });

        Problem stored = currentPartnership.callAs(partnership, () -> register.get(reference));
        assertEquals(
                List.of(ProblemStatus.RAISED, ProblemStatus.EXPLORING, ProblemStatus.PARKED),
                stored.history().stream().map(ProblemStatusChange::to).toList());
        assertEquals("Waiting for funding", stored.history().get(2).why().orElseThrow());
        assertEquals("Fay Advisor", stored.history().get(2).actor().name());
        assertEquals(
                List.of(
                        "advisor-6|Fay Advisor|problem.change-status|problem|" + reference + "|DONE",
                        "advisor-6|Fay Advisor|problem.change-status|problem|" + reference + "|DONE",
                        "advisor-6|Fay Advisor|problem.change-status|problem|" + reference + "|INVALID"),
                entries(partnership, "problem.change-status"));
        assertEquals(3, rowsOf(partnership, "problem_status_change"));
    }

    @Test
    void organisersAddEvidenceButDoNotKeepTheRegister() throws SQLException {
        PartnershipRef partnership = newPartnership();
        currentCaller.identify(advisorOf(partnership, "advisor-7", "Gwen Advisor"));
        ProblemReference reference = currentPartnership
                .callAs(partnership, () -> register.raise(new NewProblem("Evidence needed", "Summary", null)))
                .reference();
        EvidenceItem advisors = currentPartnership.callAs(
                partnership,
                () -> register.addEvidence(
                        reference,
                        new NewEvidence(
                                EvidenceKind.DATA,
                                "Census figures",
                                null,
                                LocalDate.now(ZoneOffset.UTC).minusDays(1),
                                null)));

        currentCaller.identify(
                Caller.signedIn("organiser-1", "Huw Organiser", Set.of(Role.ORGANISER), Set.of(partnership.slug())));
        EvidenceItem own = currentPartnership.callAs(
                partnership,
                () -> register.addEvidence(
                        reference,
                        new NewEvidence(
                                EvidenceKind.CONVERSATION,
                                "Talked at the food bank",
                                9,
                                LocalDate.now(ZoneOffset.UTC).minusDays(1),
                                41L)));
        assertEquals(Long.valueOf(41L), own.sessionId().orElseThrow());
        assertThrows(
                ForbiddenException.class,
                () -> currentPartnership.callAs(
                        partnership,
                        () -> register.edit(reference, 0, ProblemEdit.nothing().withTitle("Organiser's title"))));
        assertThrows(
                ForbiddenException.class,
                () -> currentPartnership.callAs(
                        partnership, () -> register.changeStatus(reference, 0, ProblemStatus.EXPLORING, null)));
        assertThrows(
                ForbiddenException.class,
                () -> currentPartnership.callAs(partnership, () -> register.raise(new NewProblem("t", "s", null))));
        assertThrows(
                ForbiddenException.class,
                () -> currentPartnership.runAs(partnership, () -> register.removeEvidence(reference, advisors.id())));
        currentPartnership.runAs(partnership, () -> register.removeEvidence(reference, own.id()));

        assertEquals(
                List.of("Census figures"),
                currentPartnership.callAs(partnership, () -> register.get(reference)).evidence().stream()
                        .map(EvidenceItem::summary)
                        .toList());
        assertEquals(
                List.of(
                        "advisor-7|Gwen Advisor|problem.add-evidence|evidence|" + reference + "/evidence/"
                                + advisors.id() + "|DONE",
                        "organiser-1|Huw Organiser|problem.add-evidence|evidence|" + reference + "/evidence/" + own.id()
                                + "|DONE"),
                entries(partnership, "problem.add-evidence"));
        assertEquals(
                List.of(
                        "organiser-1|Huw Organiser|problem.remove-evidence|evidence|" + reference + "|FORBIDDEN",
                        "organiser-1|Huw Organiser|problem.remove-evidence|evidence|" + reference + "/evidence/"
                                + own.id() + "|DONE"),
                entries(partnership, "problem.remove-evidence"));
        assertEquals(1, entries(partnership, "problem.edit").size(), "the refused edit is audited");
    }

    /** Commits a change to the problem on a connection of its own, outside the test's transaction. */
    private static void commitElsewhere(PartnershipRef partnership, ProblemReference reference, String title)
            throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("CTPHUB_DB_USER", "root"));
        try (Connection connection =
                        new org.mariadb.jdbc.Driver().connect(System.getenv("CTPHUB_DB_URL"), credentials);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE problem SET title = ?, version = version + 1, updated_by_subject = 'someone-else', "
                                + "updated_by_name = 'Someone Else', updated_at = UTC_TIMESTAMP(6) "
                                + "WHERE partnership_id = ? AND reference = ?")) {
            connection.setAutoCommit(true);
            update.setString(1, title);
            update.setLong(2, partnership.id());
            update.setString(3, reference.toString());
            assertEquals(1, update.executeUpdate());
        }
    }

    private int rowsOf(PartnershipRef partnership, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE partnership_id = ?")) {
            select.setLong(1, partnership.id());
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private PartnershipRef newPartnership() {
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        currentCaller.identify(Caller.system("audit-test"));
        directory.register(new NewPartnership(
                slug,
                "Partnership " + slug,
                Nation.WALES,
                null,
                "Somewhere",
                "AUD",
                "urban-neighbourhood",
                "Profile",
                null));
        directory.activate(new PartnershipSlug(slug));
        return directory.resolve(slug).orElseThrow();
    }

    private static Caller advisorOf(PartnershipRef partnership, String subject, String name) {
        return Caller.signedIn(subject, name, Set.of(Role.TECH_ADVISOR), Set.of(partnership.slug()));
    }

    private List<String> entries(PartnershipRef partnership, String action) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT actor_subject, actor_name, action, object_type, object_ref, outcome FROM audit_entry "
                                + "WHERE partnership_id = ? AND action = ? ORDER BY id")) {
            select.setLong(1, partnership.id());
            select.setString(2, action);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(String.join(
                            "|",
                            result.getString(1),
                            result.getString(2),
                            result.getString(3),
                            result.getString(4),
                            String.valueOf(result.getString(5)),
                            result.getString(6)));
                }
            }
        }
        return rows;
    }
}
