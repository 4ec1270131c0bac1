package org.ctphub.application.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctphub.domain.partnership.EnglishRegion;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.ReferencePrefix;
import org.ctphub.domain.partnership.Region;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A partnership's taxonomy is its template's themes, read from the templates that ship. */
class PartnershipTemplatesTest {

    private final PartnershipTemplates templates = new PartnershipTemplates();

    @Test
    void everyTemplateCarriesItsThemesInBothLanguages() {
        PartnershipTemplates.Template urban =
                templates.find("urban-neighbourhood").orElseThrow();
        Theme food = urban.taxonomy().find("food").orElseThrow();
        assertEquals("Food and cost of living", food.nameFor(Locale.ENGLISH));
        assertEquals("Bwyd a chostau byw", food.nameFor(Locale.forLanguageTag("cy")));
        for (PartnershipTemplates.Template template : templates.list()) {
            assertTrue(template.themes().size() >= 3, template.id());
        }
    }

    @Test
    void aPartnershipUsesItsTemplatesTaxonomy() {
        Taxonomy taxonomy = templates.taxonomyOf(partnership("coastal-town"));
        assertTrue(taxonomy.contains("transport"));
        assertEquals(
                Set.of("transport", "health"), taxonomy.requireAll("themes", List.of("transport", "health", "health")));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> taxonomy.requireAll("themes", List.of("housing")));
        assertEquals("themes", e.field());
        assertTrue(e.getMessage().contains("\"housing\" is not one of"), e.getMessage());
        assertTrue(e.getMessage().contains("transport"), "names the themes to choose from: " + e.getMessage());
    }

    @Test
    void aPartnershipWithoutATemplateHasNoThemesAndSaysSo() {
        Taxonomy taxonomy = templates.taxonomyOf(partnership(null));
        assertTrue(taxonomy.isEmpty());
        assertEquals(Set.of(), taxonomy.requireAll("themes", List.of()));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> taxonomy.requireAll("themes", List.of("food")));
        assertTrue(e.getMessage().contains("not created from a template"), e.getMessage());
    }

    private static Partnership partnership(String templateId) {
        return Partnership.onboard(
                new PartnershipSlug("torbay"),
                "Torbay",
                Region.of(Nation.ENGLAND, EnglishRegion.SOUTH_WEST),
                null,
                new ReferencePrefix("TOR"),
                templateId,
                Instant.EPOCH);
    }
}
