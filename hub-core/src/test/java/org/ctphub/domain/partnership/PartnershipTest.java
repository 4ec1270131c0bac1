package org.ctphub.domain.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;
import org.ctphub.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PartnershipTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Partnership torbay() {
        return Partnership.onboard(
                new PartnershipSlug("torbay"),
                "Torbay CTP",
                Region.of(Nation.ENGLAND, EnglishRegion.SOUTH_WEST),
                "South Devon",
                new ReferencePrefix("TOR"),
                "coastal-town",
                NOW);
    }

    @Test
    void handsOutProblemReferencesInOrderWithoutReuse() {
        Partnership partnership = torbay();
        assertEquals("TOR-0001", partnership.allocateProblemReference().toString());
        assertEquals("TOR-0002", partnership.allocateProblemReference().toString());
        assertEquals("TOR-0003", partnership.allocateProblemReference().toString());
    }

    @Test
    void startsOnboardingAndHiddenFromThePublic() {
        Partnership partnership = torbay();
        assertEquals(PartnershipStatus.ONBOARDING, partnership.status());
        assertFalse(partnership.status().isPubliclyListed());
    }

    @Test
    void movesThroughItsLife() {
        Partnership partnership = torbay();
        partnership.activate();
        partnership.pause();
        assertEquals(PartnershipStatus.PAUSED, partnership.status());
        partnership.activate();
        partnership.close();
        assertEquals(PartnershipStatus.CLOSED, partnership.status());
        assertThrows(InvalidInputException.class, partnership::activate);
    }

    @Test
    void onlyAnActivePartnershipCanBePaused() {
        assertThrows(InvalidInputException.class, torbay()::pause);
    }

    @Test
    void englishPartnershipsNeedARegionAndOthersMustNotHaveOne() {
        assertThrows(InvalidInputException.class, () -> Region.of(Nation.ENGLAND, null));
        assertThrows(InvalidInputException.class, () -> Region.of(Nation.WALES, EnglishRegion.SOUTH_WEST));
        assertEquals(Nation.WALES, Region.of(Nation.WALES, null).nation());
    }

    @Test
    void requiresANameWithinTheColumnLength() {
        Partnership partnership = torbay();
        assertThrows(InvalidInputException.class, () -> partnership.rename(" "));
        assertThrows(
                InvalidInputException.class, () -> partnership.rename("x".repeat(Partnership.MAX_NAME_LENGTH + 1)));
    }

    @Test
    void showsTheWelshProfileToWelshReadersAndFallsBackToEnglish() {
        Partnership partnership = torbay();
        partnership.writeProfile("Hello", "Shwmae");
        assertEquals(
                "Shwmae", partnership.profileFor(Locale.forLanguageTag("cy")).orElseThrow());
        assertEquals("Hello", partnership.profileFor(Locale.ENGLISH).orElseThrow());
        partnership.writeProfile("Hello", null);
        assertEquals(
                "Hello", partnership.profileFor(Locale.forLanguageTag("cy")).orElseThrow());
    }

    @Test
    void referencePrefixIsTwoToSixCapitals() {
        assertThrows(InvalidInputException.class, () -> new ReferencePrefix("T"));
        assertThrows(InvalidInputException.class, () -> new ReferencePrefix("tor"));
        assertThrows(InvalidInputException.class, () -> new ReferencePrefix("TORBAYS"));
        assertEquals("HMS", new ReferencePrefix("HMS").value());
    }
}
