package org.ctphub.application.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ctphub.infrastructure.migration.SchemaMigration;
import org.ctphub.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo network is there after start-up, and seeding it again changes nothing. */
@ExtendWith(ArquillianExtension.class)
class DemoNetworkIT {

    private static final String DEMO_ROWS = "SELECT p.slug, p.nation, p.status, "
            + "(SELECT COUNT(*) FROM problem r WHERE r.partnership_id = p.id) AS problems, "
            + "(SELECT GROUP_CONCAT(r.reference ORDER BY r.reference) FROM problem r WHERE r.partnership_id = p.id) AS refs "
            + "FROM partnership p WHERE p.slug IN ('hulme-moss-side', 'torbay', 'merthyr-tydfil', 'govan') ORDER BY p.slug";

    @Deployment
    static WebArchive deployment() {
        return Deployments.hubWar();
    }

    @Inject
    DemoNetwork demoNetwork;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void theDemoNetworkSpansNationsAndSeedingTwiceChangesNothing() throws SQLException {
        List<String> before = demoRows();
        assertEquals(4, before.size(), "four demo partnerships: " + before);
        assertTrue(before.stream().allMatch(row -> row.contains("|ACTIVE|")), before.toString());
        assertEquals(
                3,
                before.stream().map(row -> row.split("\\|")[1]).distinct().count(),
                "England, Wales and Scotland: " + before);
        assertTrue(before.stream().noneMatch(row -> row.contains("|0|")), "every partnership has problems: " + before);

        demoNetwork.seed();
        demoNetwork.seed();

        assertEquals(before, demoRows());
    }

    private List<String> demoRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(DEMO_ROWS)) {
            while (result.next()) {
                rows.add(String.join(
                        "|",
                        result.getString(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        result.getString(5)));
            }
        }
        return rows;
    }
}
