package org.ctphub.application.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.ctphub.application.partnership.PartnershipTemplates;
import org.ctphub.domain.partnership.EnglishRegion;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.ReferencePrefix;
import org.ctphub.domain.partnership.Region;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

/** The demo network must satisfy every domain rule, or a local start would fail half way. */
class DemoNetworkDataTest {

    private static final Actor SEEDER = new Actor("system:demo-network", "CTP Hub (demo-network)");

    private final PartnershipTemplates templates = new PartnershipTemplates();

    @Test
    void everyPartnershipAndProblemPassesTheDomainRules() throws Exception {
        JsonObject network;
        try (InputStream in = DemoNetwork.class.getResourceAsStream(DemoNetwork.RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            network = reader.readObject();
        }
        Set<String> slugs = new HashSet<>();
        Set<Nation> nations = new HashSet<>();
        for (JsonValue value : network.getJsonArray("partnerships")) {
            JsonObject json = value.asJsonObject();
            assertTrue(slugs.add(json.getString("slug")), "slugs are unique");
            Region region = Region.of(
                    Nation.valueOf(json.getString("nation")),
                    json.isNull("englishRegion") ? null : EnglishRegion.valueOf(json.getString("englishRegion")));
            nations.add(region.nation());
            Partnership partnership = Partnership.onboard(
                    new PartnershipSlug(json.getString("slug")),
                    json.getString("name"),
                    region,
                    json.getString("place"),
                    new ReferencePrefix(json.getString("referencePrefix")),
                    json.getString("template"),
                    Instant.EPOCH);
            assertDoesNotThrow(
                    () -> partnership.writeProfile(json.getString("profileEn"), json.getString("profileCy")));
            int publicProblems = 0;
            for (JsonValue p : json.getJsonArray("problems")) {
                JsonObject problem = p.asJsonObject();
                Problem raised = Problem.raise(
                        partnership.allocateProblemReference(),
                        problem.getString("title"),
                        problem.getString("summary"),
                        Visibility.valueOf(problem.getString("visibility")),
                        SEEDER,
                        Instant.EPOCH);
                Set<String> themes = DemoNetwork.themes(problem);
                assertFalse(themes.isEmpty(), raised.title() + " has themes");
                raised.classify(themes, templates.taxonomyOf(partnership), SEEDER, Instant.EPOCH);
                assertEquals(themes, raised.themes());
                publicProblems += raised.isPublic() ? 1 : 0;
            }
            assertTrue(publicProblems > 0, json.getString("slug") + " shows at least one public problem");
        }
        assertTrue(slugs.size() >= 3, "at least three partnerships");
        assertTrue(nations.size() >= 3, "partnerships in at least three nations");
        assertEquals(Set.of("hulme-moss-side", "torbay", "merthyr-tydfil", "govan"), slugs);
    }
}
