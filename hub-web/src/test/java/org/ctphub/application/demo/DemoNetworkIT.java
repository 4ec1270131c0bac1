package org.ctphub.application.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.solution.Forking;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.application.solution.UpstreamReview;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.SolutionChange;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.UpstreamChanges;
import org.ctphub.infrastructure.migration.SchemaMigration;
import org.ctphub.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo network is there after start-up, its library too (the named solutions published, a
 * lineage over three generations, an upstream change waiting), and seeding it again changes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DemoNetworkIT {

    private static final String DEMO = "('hulme-moss-side', 'torbay', 'merthyr-tydfil', 'govan')";

    private static final String DEMO_ROWS = "SELECT p.slug, p.nation, p.status, "
            + "(SELECT COUNT(*) FROM problem r WHERE r.partnership_id = p.id) AS problems, "
            + "(SELECT GROUP_CONCAT(r.reference ORDER BY r.reference) FROM problem r WHERE r.partnership_id = p.id) AS refs "
            + "FROM partnership p WHERE p.slug IN " + DEMO + " ORDER BY p.slug";

    /** Every solution of the demo partnerships as it stands: a second seeding must not move any of it. */
    private static final String SOLUTION_ROWS = "SELECT p.slug, s.slug, s.status, s.revision, s.upstream_revision, "
            + "s.addresses_problem, s.version, s.updated_at, "
            + "(SELECT COUNT(*) FROM solution_revision v WHERE v.solution_id = s.id) AS revisions, "
            + "(SELECT COUNT(*) FROM solution_upstream_decision d WHERE d.partnership_id = s.partnership_id "
            + "AND d.solution_id = s.id) AS decisions, "
            + "n.status, n.latest_revision, n.forked_from_revision "
            + "FROM solution s JOIN partnership p ON p.id = s.partnership_id "
            + "LEFT JOIN network_solution n ON n.solution_id = s.id "
            + "WHERE p.slug IN " + DEMO + " ORDER BY p.slug, s.slug";

    private static final String AUDIT_ROWS = "SELECT a.action, a.outcome, COUNT(*) FROM audit_entry a "
            + "JOIN partnership p ON p.id = a.partnership_id "
            + "WHERE p.slug IN " + DEMO + " AND a.action LIKE 'solution.%' AND a.actor_subject = 'system:demo-network' "
            + "GROUP BY a.action, a.outcome ORDER BY a.action, a.outcome";

    private static final PartnershipSlug HMS = new PartnershipSlug("hulme-moss-side");
    private static final PartnershipSlug TORBAY = new PartnershipSlug("torbay");
    private static final PartnershipSlug MERTHYR = new PartnershipSlug("merthyr-tydfil");
    private static final PartnershipSlug GOVAN = new PartnershipSlug("govan");
    private static final SolutionSlug CALENDAR = new SolutionSlug("community-events-calendar");

    @Deployment
    static WebArchive deployment() {
        return Deployments.hubWar();
    }

    @Inject
    DemoNetwork demoNetwork;

    @Inject
    SolutionLibrary library;

    @Inject
    Forking forking;

    @Inject
    PartnershipDirectory directory;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CurrentPartnership currentPartnership;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void theDemoNetworkSpansNationsAndSeedingTwiceChangesNothing() throws SQLException {
        List<String> before = rows(DEMO_ROWS);
        assertEquals(4, before.size(), "four demo partnerships: " + before);
        assertTrue(before.stream().allMatch(row -> row.contains("|ACTIVE|")), before.toString());
        assertEquals(
                3,
                before.stream().map(row -> row.split("\\|")[1]).distinct().count(),
                "England, Wales and Scotland: " + before);
        assertTrue(before.stream().noneMatch(row -> row.contains("|0|")), "every partnership has problems: " + before);
        List<String> solutionsBefore = rows(SOLUTION_ROWS);
        assertTrue(solutionsBefore.size() >= 13, "the demo library's 13 solutions: " + solutionsBefore);
        List<String> auditBefore = rows(AUDIT_ROWS);
        assertTrue(auditBefore.contains("solution.publish|DONE|12"), "12 publications, audited: " + auditBefore);
        assertTrue(auditBefore.contains("solution.fork|DONE|7"), "7 forks, audited: " + auditBefore);

        demoNetwork.seed();
        demoNetwork.seed();

        assertEquals(before, rows(DEMO_ROWS));
        assertEquals(solutionsBefore, rows(SOLUTION_ROWS), "no solution, revision, fork or decision moved");
        assertEquals(auditBefore, rows(AUDIT_ROWS), "and no use case was even called");
    }

    @Test
    void theLibraryHoldsTheNetworksOwnSolutionsAndTheirForksOverThreeGenerations() {
        LineageNode calendar = library.lineage(HMS, CALENDAR).root();
        assertEquals(LineageNode.State.PUBLISHED, calendar.state());
        assertEquals(Optional.of(HMS.value()), calendar.partnershipSlug());
        assertEquals(Optional.of("What's On: a community events calendar for older people"), calendar.name());
        assertEquals(2, calendar.latestRevision());
        assertEquals(3, calendar.depth(), "What's On, Torbay's fork, Merthyr's fork of that");
        Map<String, LineageNode> forks = calendar.forks().stream()
                .collect(Collectors.toMap(node -> node.partnershipSlug().orElseThrow(), node -> node));
        LineageNode torbay = forks.get(TORBAY.value());
        assertEquals(LineageNode.State.PUBLISHED, torbay.state());
        assertEquals(Optional.of(1), torbay.forkedFromRevision());
        assertEquals(Optional.of("Bay What's On: winter activities for older people"), torbay.name());
        LineageNode merthyr = torbay.forks().get(0);
        assertEquals(Optional.of(MERTHYR.value()), merthyr.partnershipSlug());
        assertEquals(LineageNode.State.PUBLISHED, merthyr.state());
        assertEquals(Optional.of(2), forks.get(GOVAN.value()).forkedFromRevision(), "Govan forked revision 2");
        assertEquals(
                calendar.size(),
                library.lineage(MERTHYR, CALENDAR).size(),
                "the same tree, read from its third generation");
        assertTrue(library.lineage(MERTHYR, CALENDAR).focus().focus());

        LineageNode meals = library.lineage(HMS, new SolutionSlug("meals-and-volunteers-board"))
                .root();
        assertEquals(LineageNode.State.PUBLISHED, meals.state());
        assertEquals(Optional.of("Meals Tonight: a meals-and-volunteers board"), meals.name());
        assertEquals(LineageNode.State.IN_PROGRESS, meals.forks().get(0).state(), "Govan's fork is still a draft");

        LineageNode checkIn =
                library.lineage(MERTHYR, new SolutionSlug("safe-check-in")).root();
        assertEquals(LineageNode.State.PUBLISHED, checkIn.state());
        assertEquals(Optional.of("Safe Check-in: a reporting-day check-in for people seeking asylum"), checkIn.name());
        assertEquals(
                Optional.of("Safe Check-in Manchester"), checkIn.forks().get(0).name());

        assertEquals(
                LineageNode.State.RETIRED,
                library.lineage(GOVAN, new SolutionSlug("warm-text-line"))
                        .root()
                        .state());
    }

    @Test
    void torbaysForkSeesExactlyTheFieldsWhatsOnChangedInRevisionTwo() {
        PartnershipRef torbay = directory.resolve(TORBAY.value()).orElseThrow();
        currentCaller.identify(Caller.system("demo-network-test", TORBAY));
        UpstreamReview review = currentPartnership.callAs(torbay, () -> forking.upstreamChanges(CALENDAR));

        assertEquals(HMS.value(), review.upstreamPartnershipSlug());
        UpstreamChanges changes = review.changes();
        assertEquals(1, changes.baseRevision());
        assertEquals(2, changes.latestRevision());
        assertEquals(Map.of(), changes.decided(), "nothing decided yet");
        assertEquals(
                EnumSet.of(
                        SolutionField.MONTHLY_COST,
                        SolutionField.ACCESSIBILITY,
                        SolutionField.ACCESSIBILITY_NOTES,
                        SolutionField.ADOPTION_GUIDE),
                changes.pending().stream().map(SolutionChange::field).collect(Collectors.toSet()));
        SolutionChange cost = changes.changeOf(SolutionField.MONTHLY_COST).orElseThrow();
        assertEquals("18", cost.before());
        assertEquals("27", cost.after());
        assertEquals(
                "MEETS_WCAG_2_2_AA",
                changes.changeOf(SolutionField.ACCESSIBILITY).orElseThrow().after());
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.add(result.getString(i));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
