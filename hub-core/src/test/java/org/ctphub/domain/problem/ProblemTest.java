package org.ctphub.domain.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ProblemReference REF = new ProblemReference("HMS", 1);

    @Test
    void aNewProblemIsRaisedAndVisibleToItsPartnershipOnly() {
        Problem problem = Problem.raise(REF, "Lonely older people", "No one visits", null, NOW);
        assertEquals(ProblemStatus.RAISED, problem.status());
        assertEquals(Visibility.PARTNERSHIP, problem.visibility());
        assertFalse(problem.isPublic());
        assertEquals(NOW, problem.createdAt());
    }

    @Test
    void keepsTextExactlyAsTyped() {
        String title = "  Ŵyr a wyresau — grandchildren 👵🏽 <b>far away</b> ";
        Problem problem = Problem.raise(REF, title, "Pobl hŷn", Visibility.PUBLIC, NOW);
        assertEquals(title, problem.title());
        assertTrue(problem.isPublic());
    }

    @Test
    void requiresTitleAndSummary() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Problem.raise(REF, " ", "summary", null, NOW));
        assertEquals("title", e.field());
        e = assertThrows(InvalidInputException.class, () -> Problem.raise(REF, "title", null, null, NOW));
        assertEquals("summary", e.field());
    }

    @Test
    void countsLengthInCharactersAsTheDatabaseDoes() {
        String emojiTitle = "👵".repeat(Problem.MAX_TITLE_LENGTH);
        assertEquals(emojiTitle, Problem.raise(REF, emojiTitle, "s", null, NOW).title());
        assertThrows(
                InvalidInputException.class,
                () -> Problem.raise(REF, "x".repeat(Problem.MAX_TITLE_LENGTH + 1), "s", null, NOW));
    }

    @Test
    void refusesNulCharacters() {
        assertThrows(InvalidInputException.class, () -> Problem.raise(REF, "bad\u0000title", "s", null, NOW));
    }

    @Test
    void describingAgainMovesTheUpdateTime() {
        Problem problem = Problem.raise(REF, "t", "s", null, NOW);
        Instant later = NOW.plusSeconds(60);
        problem.describe("new title", "new summary", later);
        assertEquals("new title", problem.title());
        assertEquals(later, problem.updatedAt());
        assertEquals(NOW, problem.createdAt());
    }
}
