package org.ctphub.domain.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ctphub.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnershipSlugTest {

    @Test
    void acceptsLowerCaseWordsJoinedBySingleHyphens() {
        assertEquals("hulme-moss-side", new PartnershipSlug("hulme-moss-side").value());
        assertTrue(PartnershipSlug.isValid("torbay2"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "a", "Hulme", "hulme--moss", "-torbay", "torbay-", "tor bay", "tor/bay", "ŵyr", "torbay;drop"
            })
    void rejectsAnythingElse(String slug) {
        assertFalse(PartnershipSlug.isValid(slug));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PartnershipSlug(slug));
        assertEquals("slug", e.field());
    }

    @Test
    void rejectsSlugsLongerThanTheColumn() {
        assertFalse(PartnershipSlug.isValid("a".repeat(PartnershipSlug.MAX_LENGTH + 1)));
        assertTrue(PartnershipSlug.isValid("a".repeat(PartnershipSlug.MAX_LENGTH)));
    }
}
