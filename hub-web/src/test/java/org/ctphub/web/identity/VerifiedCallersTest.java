package org.ctphub.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.junit.jupiter.api.Test;

/** Only groups under /partnerships/ make someone a member, whatever else the token lists. */
class VerifiedCallersTest {

    @Test
    void partnershipsAreTheGroupsUnderPartnerships() {
        assertEquals(
                Set.of(new PartnershipSlug("hulme-moss-side"), new PartnershipSlug("govan")),
                VerifiedCallers.slugs(List.of("/partnerships/hulme-moss-side", "\"/partnerships/govan\"")));
    }

    @Test
    void aGroupOfTheSameNameElsewhereGrantsNothing() {
        assertEquals(
                Set.of(),
                VerifiedCallers.slugs(List.of(
                        "/staff/torbay",
                        "torbay",
                        "/partnerships/torbay/volunteers",
                        "/partnerships/",
                        "/partnerships/Bad Slug")));
    }
}
