package org.ctphub.domain.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void dropsControlCharactersAndCapsTheLength() {
        assertEquals(
                "meals for families",
                SearchText.of(" meals\u0000for\tfamilies\n").value());
        assertEquals(
                SearchText.MAX_LENGTH, SearchText.of("👵".repeat(500)).value().codePointCount(0, 400));
        assertNull(SearchText.of(null));
        assertNull(SearchText.of(" \u0000\n "));
    }

    @Test
    void keepsOperatorsAsTextBecauseTheSearchIsInNaturalLanguageMode() {
        assertEquals(
                "+food -\"bank\" meal* (@x)",
                SearchText.of("+food -\"bank\" meal* (@x)").value());
    }

    @Test
    void knowsWhenNoWordIsLongEnoughForTheFullTextIndex() {
        assertTrue(SearchText.of("food bank").hasIndexedWord());
        assertTrue(SearchText.of("hŷn").hasIndexedWord());
        assertFalse(SearchText.of("IT").hasIndexedWord());
        assertFalse(SearchText.of("A&E on 5").hasIndexedWord());
    }

    @Test
    void escapesLikeWildcardsForTheFallback() {
        assertEquals("%100!% a!_b !!%", SearchText.of("100% a_b !").containsPattern());
    }
}
