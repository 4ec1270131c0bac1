package org.ctphub.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.ctphub.application.partnership.NewPartnership;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.infrastructure.migration.SchemaMigration;
import org.ctphub.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every change is audited with who, where, what and how it ended; refused attempts too; no entry can change. */
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

    private PartnershipRef newPartnership() {
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        currentCaller.identify(Caller.system("audit-test"));
        directory.register(new NewPartnership(
                slug, "Partnership " + slug, Nation.WALES, null, "Somewhere", "AUD", null, "Profile", null));
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
