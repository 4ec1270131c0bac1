package org.ctphub.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void nothingSearchableIsNoSearch() {
        assertEquals(Optional.empty(), SearchText.of(null));
        assertEquals(Optional.empty(), SearchText.of("  \t\n"));
        assertEquals(Optional.empty(), SearchText.of("\u0000\u0007\u200b"));
    }

    @Test
    void controlAndInvisibleCharactersBecomeSingleSpaces() {
        SearchText text = SearchText.of("  lunch\u0000club\r\n\tŵyr\u200b👵 ").orElseThrow();
        assertEquals("lunch club ŵyr 👵", text.text());
        assertEquals(List.of("lunch", "club", "ŵyr", "👵"), text.words());
    }

    @Test
    void isCutAtTwoHundredCharacters() {
        String text = SearchText.of("👵".repeat(500)).orElseThrow().text();
        assertEquals(SearchText.MAX_LENGTH, text.codePointCount(0, text.length()));
    }

    @Test
    void shortWordsAloneFallBackToTheTitle() {
        assertFalse(SearchText.of("a b 5g").orElseThrow().usesFullText());
        assertTrue(SearchText.of("5g mast").orElseThrow().usesFullText());
        assertTrue(SearchText.of("ŵyr").orElseThrow().usesFullText());
    }

    @Test
    void escapesLikeWildcards() {
        assertEquals(
                "%50!% off!_now!!%", SearchText.of("50% off_now!").orElseThrow().likePattern());
        assertEquals('!', SearchText.likeEscape());
    }
}
