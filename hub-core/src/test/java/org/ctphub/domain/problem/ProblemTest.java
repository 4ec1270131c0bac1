package org.ctphub.domain.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final ProblemReference REF = new ProblemReference("HMS", 1);
    private static final Actor ADA = new Actor("advisor-1", "Ada Advisor");
    private static final Actor OLU = new Actor("organiser-1", "Olu Organiser");
    private static final Taxonomy TAXONOMY = new Taxonomy(List.of(
            new Theme("loneliness", "Loneliness and isolation", "Unigrwydd ac ynysu"),
            new Theme("food", "Food and cost of living", "Bwyd a chostau byw"),
            new Theme("safety", "Safety", "Diogelwch")));

    private static Problem raise(String title, String summary, Visibility visibility) {
        return Problem.raise(REF, title, summary, visibility, ADA, NOW);
    }

    private static Problem problem() {
        return raise("Lonely older people", "No one visits", null);
    }

    @Test
    void aNewProblemIsRaisedAtMediumPriorityAndVisibleToItsPartnershipOnly() {
        Problem problem = problem();
        assertEquals(ProblemStatus.RAISED, problem.status());
        assertEquals(ProblemPriority.MEDIUM, problem.priority());
        assertEquals(Visibility.PARTNERSHIP, problem.visibility());
        assertFalse(problem.isPublic());
        assertEquals(NOW, problem.createdAt());
        assertEquals(Optional.of(ADA), problem.updatedBy());
        assertEquals(Set.of(), problem.themes());
        assertEquals(List.of(), problem.groupsAffected());
        assertEquals(List.of(), problem.evidence());
        assertTrue(problem.description().isEmpty());
        assertEquals(1, problem.history().size(), "raising is the first step of the history");
        assertEquals(ADA, problem.history().get(0).actor());
    }

    @Test
    void keepsTextExactlyAsTyped() {
        String title = "  Ŵyr a wyresau — grandchildren 👵🏽 <b>far away</b> ";
        Problem problem = raise(title, "Pobl hŷn", Visibility.PUBLIC);
        assertEquals(title, problem.title());
        assertTrue(problem.isPublic());
    }

    @Test
    void requiresTitleAndSummary() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> raise(" ", "summary", null));
        assertEquals("title", e.field());
        e = assertThrows(InvalidInputException.class, () -> raise("title", null, null));
        assertEquals("summary", e.field());
        Problem problem = problem();
        e = assertThrows(InvalidInputException.class, () -> problem.describe("", "s", null, ADA, LATER));
        assertEquals("title", e.field());
        assertEquals("Lonely older people", problem.title(), "nothing changed");
    }

    @Test
    void countsLengthInCharactersAsTheDatabaseDoes() {
        String emojiTitle = "👵".repeat(Problem.MAX_TITLE_LENGTH);
        assertEquals(emojiTitle, raise(emojiTitle, "s", null).title());
        assertThrows(InvalidInputException.class, () -> raise("x".repeat(Problem.MAX_TITLE_LENGTH + 1), "s", null));
    }

    @Test
    void refusesNulCharacters() {
        assertThrows(InvalidInputException.class, () -> raise("bad\u0000title", "s", null));
    }

    @Test
    void describingAgainMovesTheUpdateTimeAndSignsTheChange() {
        Problem problem = problem();
        problem.describe("new title", "new summary", "# Markdown\n\n*as written*", OLU, LATER);
        assertEquals("new title", problem.title());
        assertEquals("# Markdown\n\n*as written*", problem.description().orElseThrow());
        assertEquals(LATER, problem.updatedAt());
        assertEquals(Optional.of(OLU), problem.updatedBy());
        assertEquals(NOW, problem.createdAt());
    }

    @Test
    void aChangeThatChangesNothingLeavesTheProblemUntouched() {
        Problem problem = problem();
        problem.describe("Lonely older people", "No one visits", "  ", OLU, LATER);
        problem.classify(List.of(), TAXONOMY, OLU, LATER);
        problem.recordGroupsAffected(null, OLU, LATER);
        problem.locate(null, "", OLU, LATER);
        problem.prioritise(ProblemPriority.MEDIUM, OLU, LATER);
        problem.changeVisibility(Visibility.PARTNERSHIP, OLU, LATER);
        assertEquals(NOW, problem.updatedAt());
        assertEquals(Optional.of(ADA), problem.updatedBy());
    }

    @Test
    void theDescriptionIsOptionalMarkdownOfAtMostTwentyThousandCharacters() {
        Problem problem = problem();
        String longest = "é".repeat(Problem.MAX_DESCRIPTION_LENGTH);
        problem.describe("t", "s", longest, ADA, LATER);
        assertEquals(longest, problem.description().orElseThrow());
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> problem.describe("t", "s", longest + "é", ADA, LATER));
        assertEquals("description", e.field());
        problem.describe("t", "s", "", ADA, LATER);
        assertTrue(problem.description().isEmpty(), "blank clears it");
    }

    @Test
    void themesComeFromThePartnershipsTaxonomy() {
        Problem problem = problem();
        problem.classify(List.of("loneliness", "food", "loneliness"), TAXONOMY, ADA, LATER);
        assertEquals(List.of("loneliness", "food"), List.copyOf(problem.themes()));

        problem.classify(Set.of("food", "safety"), TAXONOMY, ADA, LATER);
        assertEquals(Set.of("food", "safety"), problem.themes());

        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> problem.classify(List.of("housing"), TAXONOMY, ADA, LATER));
        assertEquals("themes", e.field());
        assertEquals(Set.of("food", "safety"), problem.themes(), "nothing changed");

        e = assertThrows(
                InvalidInputException.class, () -> problem.classify(List.of("food"), Taxonomy.empty(), ADA, LATER));
        assertTrue(e.getMessage().contains("no themes to choose from"), e.getMessage());

        problem.classify(List.of(), Taxonomy.empty(), ADA, LATER);
        assertEquals(Set.of(), problem.themes(), "clearing needs no taxonomy");
    }

    @Test
    void groupsAffectedAreTrimmedAndRepeatsIgnoredWhateverTheirCase() {
        Problem problem = problem();
        problem.recordGroupsAffected(List.of("  older people ", "Carers", "OLDER PEOPLE", "", "pobl hŷn"), ADA, LATER);
        assertEquals(List.of("older people", "Carers", "pobl hŷn"), problem.groupsAffected());

        problem.recordGroupsAffected(List.of("carers", "young people"), ADA, LATER);
        assertEquals(List.of("carers", "young people"), problem.groupsAffected());

        Instant evenLater = LATER.plusSeconds(60);
        problem.recordGroupsAffected(List.of("young people", "carers "), OLU, evenLater);
        assertEquals(LATER, problem.updatedAt(), "the same groups in another order change nothing");
    }

    @Test
    void groupsAffectedAreShortOneLineLabelsAndAtMostTwelve() {
        assertEquals(List.of("x".repeat(80)), GroupsAffected.normalise(List.of("x".repeat(80))));
        assertEquals(
                GroupsAffected.FIELD,
                assertThrows(InvalidInputException.class, () -> GroupsAffected.normalise(List.of("x".repeat(81))))
                        .field());
        assertThrows(InvalidInputException.class, () -> GroupsAffected.normalise(List.of("older\npeople")));
        List<String> twelve = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "group " + i)
                .toList();
        assertEquals(12, GroupsAffected.normalise(twelve).size());
        List<String> thirteenWithRepeats = new java.util.ArrayList<>(twelve);
        thirteenWithRepeats.add("GROUP 1");
        assertEquals(12, GroupsAffected.normalise(thirteenWithRepeats).size(), "repeats do not count");
        List<String> thirteen = new java.util.ArrayList<>(twelve);
        thirteen.add("group 13");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GroupsAffected.normalise(thirteen));
        assertTrue(e.getMessage().contains("12"), e.getMessage());
    }

    @Test
    void placeIsANeighbourhoodAndAnOptionalOnsWardCode() {
        Problem problem = problem();
        problem.locate("Moss Side, around the Alexandra Park estate", " e05011368 ", ADA, LATER);
        assertEquals(
                "Moss Side, around the Alexandra Park estate", problem.place().orElseThrow());
        assertEquals(new WardCode("E05011368"), problem.wardCode().orElseThrow());
        assertEquals(
                "place",
                assertThrows(InvalidInputException.class, () -> problem.locate("x".repeat(201), null, ADA, LATER))
                        .field());
        problem.locate("", "", ADA, LATER);
        assertTrue(problem.place().isEmpty());
        assertTrue(problem.wardCode().isEmpty());
    }

    @Test
    void wardCodesFollowTheOnsFormatOfTheFourNations() {
        for (String valid : List.of("E05011368", "W05000981", "S13002985", "N08000101")) {
            assertEquals(valid, WardCode.parseOptional(valid).value());
        }
        for (String invalid :
                List.of("E0501136", "E050113689", "E06000001", "X05011368", "E05O11368", "E05 011368", "M1 1AA")) {
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> WardCode.parseOptional(invalid), invalid);
            assertEquals("wardCode", e.field());
            assertTrue(e.getMessage().contains("E05011368"), "shows an example: " + e.getMessage());
        }
        assertEquals(null, WardCode.parseOptional("  "));
    }

    @Test
    void priorityAndVisibilityAreRequiredWhenChanged() {
        Problem problem = problem();
        problem.prioritise(ProblemPriority.URGENT, ADA, LATER);
        assertEquals(ProblemPriority.URGENT, problem.priority());
        assertEquals(
                "priority",
                assertThrows(InvalidInputException.class, () -> problem.prioritise(null, ADA, LATER))
                        .field());
        problem.changeVisibility(Visibility.NETWORK, ADA, LATER);
        assertEquals(Visibility.NETWORK, problem.visibility());
        assertEquals(
                "visibility",
                assertThrows(InvalidInputException.class, () -> problem.changeVisibility(null, ADA, LATER))
                        .field());
    }

    @Test
    void evidenceIsAddedWithWhoAndWhenAndDoesNotTouchTheProblem() {
        Problem problem = problem();
        EvidenceItem item = problem.addEvidence(
                EvidenceKind.WORKSHOP,
                "Twelve people at the lunch club named it first",
                12,
                TODAY,
                7L,
                OLU,
                LATER,
                TODAY);
        assertEquals(List.of(item), problem.evidence());
        assertEquals(EvidenceKind.WORKSHOP, item.kind());
        assertEquals(Optional.of(12), item.numberOfPeople());
        assertEquals(Optional.of(7L), item.sessionId());
        assertEquals(OLU, item.addedBy());
        assertEquals(LATER, item.addedAt());
        assertTrue(item.wasAddedBy("organiser-1"));
        assertEquals(NOW, problem.updatedAt(), "evidence does not edit the problem");

        EvidenceItem noCount = problem.addEvidence(
                EvidenceKind.DATA, "ONS census", null, TODAY.minusYears(2), null, ADA, LATER, TODAY);
        assertTrue(noCount.numberOfPeople().isEmpty());
        assertTrue(noCount.sessionId().isEmpty());
    }

    @Test
    void evidenceNeedsAKindASummaryAndADateNotInTheFuture() {
        Problem problem = problem();
        assertEquals("kind", evidenceError(problem, null, "s", 1, TODAY, null));
        assertEquals("summary", evidenceError(problem, EvidenceKind.SURVEY, " ", 1, TODAY, null));
        assertEquals(
                "summary",
                evidenceError(
                        problem, EvidenceKind.SURVEY, "x".repeat(EvidenceItem.MAX_SUMMARY_LENGTH + 1), 1, TODAY, null));
        assertEquals("numberOfPeople", evidenceError(problem, EvidenceKind.SURVEY, "s", -1, TODAY, null));
        assertEquals("date", evidenceError(problem, EvidenceKind.SURVEY, "s", 1, null, null));
        assertEquals("date", evidenceError(problem, EvidenceKind.SURVEY, "s", 1, TODAY.plusDays(1), null));
        assertEquals("sessionId", evidenceError(problem, EvidenceKind.SURVEY, "s", 1, TODAY, 0L));
        assertEquals(List.of(), problem.evidence(), "nothing was added");
        problem.addEvidence(EvidenceKind.SURVEY, "s", 0, TODAY, null, ADA, LATER, TODAY);
        assertEquals(1, problem.evidence().size(), "zero people is a count");
    }

    private static String evidenceError(
            Problem problem, EvidenceKind kind, String summary, Integer people, LocalDate date, Long sessionId) {
        return assertThrows(
                        InvalidInputException.class,
                        () -> problem.addEvidence(kind, summary, people, date, sessionId, ADA, LATER, TODAY))
                .field();
    }

    @Test
    void unknownEvidenceCannotBeRemoved() {
        Problem problem = problem();
        problem.addEvidence(EvidenceKind.OBSERVATION, "s", null, TODAY, null, ADA, LATER, TODAY);
        assertThrows(EvidenceNotFoundException.class, () -> problem.removeEvidence(42));
        assertEquals(1, problem.evidence().size());
    }

    @Test
    void anEditorWhoStartedFromAnOlderVersionMeetsAConflictWithTheCurrentValues() {
        Problem problem = problem();
        problem.describe("Older people are lonely", "No one visits", "Current text", OLU, LATER);
        problem.classify(List.of("loneliness"), TAXONOMY, OLU, LATER);
        assertTrue(problem.isAtVersion(problem.version()));
        assertFalse(problem.isAtVersion(problem.version() + 3));

        EditConflictException conflict = problem.conflictWith(problem.version() + 3, List.of());

        assertEquals("HMS-0001", conflict.reference());
        assertEquals(problem.version() + 3, conflict.expectedVersion());
        assertEquals(problem.version(), conflict.currentVersion());
        assertEquals(Optional.of(OLU), conflict.lastChangedBy());
        assertEquals(LATER, conflict.lastChangedAt());
        assertEquals("Older people are lonely", conflict.current().title());
        assertEquals("Current text", conflict.current().description());
        assertEquals(List.of("loneliness"), conflict.current().themes());
        assertEquals(ProblemStatus.RAISED, conflict.current().status());
        assertTrue(conflict.getMessage().contains("Olu Organiser"), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("Nothing was saved"), conflict.getMessage());
    }

    @Test
    void theChangesBetweenTwoValuesAreExactlyTheFieldsThatDiffer() {
        Problem problem = problem();
        problem.classify(List.of("loneliness", "food"), TAXONOMY, OLU, LATER);
        problem.recordGroupsAffected(List.of("Older people", "Carers"), OLU, LATER);
        ProblemValues before = problem.values();

        problem.describe(problem.title(), "A new summary", "Now a description", OLU, LATER);
        problem.classify(List.of("food", "loneliness"), TAXONOMY, OLU, LATER);
        problem.recordGroupsAffected(List.of("Carers", "Older people", "Young people"), OLU, LATER);
        problem.prioritise(ProblemPriority.HIGH, OLU, LATER);
        List<FieldChange> changes = before.changesTo(problem.values());

        assertEquals(
                List.of(
                        new FieldChange(ProblemField.SUMMARY, before.summary(), "A new summary"),
                        new FieldChange(ProblemField.DESCRIPTION, null, "Now a description"),
                        new FieldChange(
                                ProblemField.GROUPS_AFFECTED,
                                "Older people\nCarers",
                                "Older people\nCarers\nYoung people"),
                        new FieldChange(ProblemField.PRIORITY, "MEDIUM", "HIGH")),
                changes);
        assertEquals(List.of("Older people", "Carers"), changes.get(2).beforeItems());
        assertEquals(
                List.of(),
                before.changesTo(problem.values()).stream()
                        .filter(c -> c.field() == ProblemField.THEMES)
                        .toList());
        assertEquals(List.of(), problem.values().changesTo(problem.values()));
    }
}
