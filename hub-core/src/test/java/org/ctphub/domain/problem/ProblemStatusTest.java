package org.ctphub.domain.problem;

import static org.ctphub.domain.problem.ProblemStatus.CO_DESIGNING;
import static org.ctphub.domain.problem.ProblemStatus.EXPLORING;
import static org.ctphub.domain.problem.ProblemStatus.PARKED;
import static org.ctphub.domain.problem.ProblemStatus.RAISED;
import static org.ctphub.domain.problem.ProblemStatus.SOLVED;
import static org.ctphub.domain.problem.ProblemStatus.TRYING_A_SOLUTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of statuses, allowed or refused, against the rules written out once more by hand. */
class ProblemStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Actor ADVISOR = new Actor("advisor-1", "Ada Advisor");

    /** The rules as DESIGN.md states them, spelled out pair by pair. */
    private static final Map<ProblemStatus, Set<ProblemStatus>> ALLOWED = Map.of(
            RAISED, Set.of(EXPLORING, PARKED),
            EXPLORING, Set.of(RAISED, CO_DESIGNING, PARKED),
            CO_DESIGNING, Set.of(EXPLORING, TRYING_A_SOLUTION, PARKED),
            TRYING_A_SOLUTION, Set.of(CO_DESIGNING, SOLVED, PARKED),
            SOLVED, Set.of(EXPLORING, CO_DESIGNING),
            PARKED, Set.of(RAISED, EXPLORING, CO_DESIGNING, TRYING_A_SOLUTION));

    static Stream<Arguments> allowed() {
        return pairs(true);
    }

    static Stream<Arguments> refused() {
        return pairs(false);
    }

    private static Stream<Arguments> pairs(boolean allowed) {
        List<Arguments> pairs = new ArrayList<>();
        for (ProblemStatus from : ProblemStatus.values()) {
            for (ProblemStatus to : ProblemStatus.values()) {
                if (ALLOWED.get(from).contains(to) == allowed) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowed")
    void allowedMovesAreMadeAndRecorded(ProblemStatus from, ProblemStatus to) {
        Problem problem = problemAt(from);
        int steps = problem.history().size();
        Instant later = NOW.plusSeconds(3600);

        ProblemStatusChange change = problem.changeStatus(to, "because", ADVISOR, later);

        assertTrue(from.canMoveTo(to));
        assertEquals(to, problem.status());
        assertEquals(steps + 1, problem.history().size());
        assertEquals(change, problem.history().get(steps), "the newest step is last");
        assertEquals(from, change.from().orElseThrow());
        assertEquals(to, change.to());
        assertEquals("because", change.why().orElseThrow());
        assertEquals(ADVISOR, change.actor());
        assertEquals(later, change.changedAt());
        assertEquals(later, problem.updatedAt());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refused")
    void otherMovesAreRefusedNamingTheAllowedOnes(ProblemStatus from, ProblemStatus to) {
        Problem problem = problemAt(from);
        int steps = problem.history().size();

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> problem.changeStatus(to, "because", ADVISOR, NOW));

        assertFalse(from.canMoveTo(to));
        assertEquals("status", e.field());
        for (ProblemStatus next : ALLOWED.get(from)) {
            String named = next.inWords().inEnglish();
            assertTrue(e.getMessage().contains(named), e.getMessage() + " names " + named);
        }
        assertEquals(from, problem.status(), "nothing changed");
        assertEquals(steps, problem.history().size(), "nothing recorded");
    }

    @ParameterizedTest(name = "{0} -> parked")
    @MethodSource("openStatuses")
    void parkingNeedsAReason(ProblemStatus from) {
        Problem problem = problemAt(from);
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> problem.changeStatus(PARKED, "  ", ADVISOR, NOW));
        assertEquals("why", e.field());
        assertEquals(from, problem.status());
    }

    static Stream<ProblemStatus> openStatuses() {
        return ProblemStatus.open().stream();
    }

    @Test
    void reopeningASolvedProblemNeedsAReason() {
        for (ProblemStatus to : List.of(EXPLORING, CO_DESIGNING)) {
            Problem problem = problemAt(SOLVED);
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> problem.changeStatus(to, null, ADVISOR, NOW));
            assertEquals("why", e.field());
            problem.changeStatus(to, "The calendar stopped being updated", ADVISOR, NOW);
            assertEquals(to, problem.status());
        }
    }

    @Test
    void otherMovesNeedNoReason() {
        Problem problem = problemAt(RAISED);
        ProblemStatusChange change = problem.changeStatus(EXPLORING, null, ADVISOR, NOW);
        assertTrue(change.why().isEmpty());
        problem.changeStatus(PARKED, "Waiting for the council", ADVISOR, NOW);
        assertTrue(problem.changeStatus(CO_DESIGNING, "", ADVISOR, NOW).why().isEmpty(), "resuming");
    }

    @Test
    void aReasonIsAtMostAThousandCharacters() {
        Problem problem = problemAt(RAISED);
        String tooLong = "x".repeat(ProblemStatusChange.MAX_WHY_LENGTH + 1);
        assertEquals(
                "why",
                assertThrows(InvalidInputException.class, () -> problem.changeStatus(PARKED, tooLong, ADVISOR, NOW))
                        .field());
        problem.changeStatus(PARKED, tooLong.substring(1), ADVISOR, NOW);
        assertEquals(PARKED, problem.status());
    }

    @Test
    void aMissingStatusIsRefused() {
        assertEquals(
                "status",
                assertThrows(InvalidInputException.class, () -> problemAt(RAISED)
                                .changeStatus(null, null, ADVISOR, NOW))
                        .field());
    }

    @Test
    void theMessageReadsAsASentence() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> problemAt(SOLVED).changeStatus(RAISED, "x", ADVISOR, NOW));
        assertEquals(
                "A problem that is solved cannot move to raised; it can move to exploring or co-designing.",
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> problemAt(RAISED).changeStatus(RAISED, "x", ADVISOR, NOW));
        assertEquals("The problem is already raised; it can move to exploring or parked.", e.getMessage());
    }

    @Test
    void historyStartsWhenTheProblemIsRaisedAndKeepsEveryStepInOrder() {
        Problem problem = Problem.raise(new ProblemReference("HMS", 1), "t", "s", null, ADVISOR, NOW);
        problem.changeStatus(EXPLORING, null, ADVISOR, NOW.plusSeconds(1));
        problem.changeStatus(PARKED, "No one to run it", ADVISOR, NOW.plusSeconds(2));
        problem.changeStatus(EXPLORING, null, ADVISOR, NOW.plusSeconds(3));

        List<ProblemStatusChange> history = problem.history();
        assertEquals(
                List.of(RAISED, EXPLORING, PARKED, EXPLORING),
                history.stream().map(ProblemStatusChange::to).toList());
        assertTrue(history.get(0).from().isEmpty(), "raised from nothing");
        assertEquals(NOW, history.get(0).changedAt());
        assertThrows(
                UnsupportedOperationException.class, () -> problem.history().clear(), "read-only");
    }

    /** A problem brought to a status along allowed moves only. */
    private static Problem problemAt(ProblemStatus status) {
        Problem problem = Problem.raise(new ProblemReference("HMS", 1), "t", "s", null, ADVISOR, NOW);
        List<ProblemStatus> path =
                switch (status) {
                    case RAISED -> List.of();
                    case EXPLORING -> List.of(EXPLORING);
                    case CO_DESIGNING -> List.of(EXPLORING, CO_DESIGNING);
                    case TRYING_A_SOLUTION -> List.of(EXPLORING, CO_DESIGNING, TRYING_A_SOLUTION);
                    case SOLVED -> List.of(EXPLORING, CO_DESIGNING, TRYING_A_SOLUTION, SOLVED);
                    case PARKED -> List.of(PARKED);
                };
        for (ProblemStatus step : path) {
            problem.changeStatus(step, "on the way", ADVISOR, NOW);
        }
        assertEquals(status, problem.status());
        return problem;
    }
}
