package org.ctphub.web.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The parts of the solution pages' addresses that people type or the pages make up. */
class SolutionAddressesTest {

    @Test
    void aSlugIsMadeFromANameInAnyLanguage() {
        assertEquals("events-calendar", SolutionFormBacking.slugFrom("Events calendar"));
        assertEquals("pryd-ar-glud-caerdydd", SolutionFormBacking.slugFrom("  Pryd ar Glud – Caerdydd! "));
        assertEquals("dwr-a-thy", SolutionFormBacking.slugFrom("Dŵr a Thŷ"));
        assertEquals("", SolutionFormBacking.slugFrom("!!!"));
        assertEquals("", SolutionFormBacking.slugFrom(null));
        String longName = "a-very-long-name ".repeat(10);
        String slug = SolutionFormBacking.slugFrom(longName);
        assertTrue(slug.length() <= 64 && !slug.endsWith("-"), slug);
    }

    @Test
    void theForkFormNamesItsUpstreamAsItsLibraryPageDoes() {
        UpstreamAddress address =
                UpstreamAddress.parse("hulme-moss-side/events-calendar").orElseThrow();
        assertEquals("hulme-moss-side", address.partnership().value());
        assertEquals("events-calendar", address.solution().value());
        assertEquals("hulme-moss-side/events-calendar", address.toString());

        for (String nonsense : new String[] {
            null, "", "hulme-moss-side", "hulme-moss-side/", "/events", "a/b/c", "HMS/Events", "x/new", "../etc/passwd"
        }) {
            assertTrue(UpstreamAddress.parse(nonsense).isEmpty(), String.valueOf(nonsense));
        }
    }
}
