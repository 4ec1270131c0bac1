package org.ctphub.domain.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.Actor;
import org.junit.jupiter.api.Test;

class UpstreamChangesTest {

    private static final Taxonomy TAXONOMY = new Taxonomy(List.of(
            new Theme("loneliness", "Loneliness and isolation", "Unigrwydd ac ynysu"),
            new Theme("food", "Food and cost of living", "Bwyd a chostau byw")));
    private static final Actor ADA = new Actor("ada", "Ada Advisor");
    private static final Actor TOM = new Actor("tom", "Tom Torbay");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-01T10:00:00Z");

    private final Solution upstream = stored(
            Solution.draft(new SolutionSlug("cal"), SolutionContent.of(SolutionTest.complete(), TAXONOMY), ADA, NOW),
            7);
    private final SolutionRevision first = upstream.publish(Optional.empty(), ADA, NOW);
    private final Solution fork = stored(
            Solution.forkOf(
                    first, new SolutionSlug("cal"), ProblemReference.parse("TOR-0001"), null, TAXONOMY, TOM, LATER),
            8);

    @Test
    void listsTheFieldsChangedSinceTheBaseAndWhatIsStillToDecide() {
        SolutionRevision second = publishWith(SolutionField.TAGLINE, "Now with a printed sheet", SolutionField.HOSTING);

        UpstreamChanges undecided = UpstreamChanges.between(first, second, List.of(), false);
        assertEquals(1, undecided.baseRevision());
        assertEquals(2, undecided.latestRevision());
        assertEquals(
                List.of(SolutionField.TAGLINE, SolutionField.HOSTING),
                undecided.changes().stream().map(SolutionChange::field).toList());
        assertEquals(undecided.changes(), undecided.pending());
        assertFalse(undecided.isSettled());

        UpstreamDecision skipped =
                new UpstreamDecision(fork, second, SolutionField.TAGLINE, UpstreamChoice.SKIP, TOM, LATER);
        UpstreamChanges half = UpstreamChanges.between(first, second, List.of(skipped), false);
        assertEquals(Map.of(SolutionField.TAGLINE, UpstreamChoice.SKIP), half.decided());
        assertEquals(
                List.of(SolutionField.HOSTING),
                half.pending().stream().map(SolutionChange::field).toList());
        assertFalse(half.isSettled());
        assertTrue(half.with(SolutionField.HOSTING, UpstreamChoice.ADOPT).isSettled());
    }

    @Test
    void decisionsAboutAnOlderRevisionDoNotCountForANewerOne() {
        SolutionRevision second = publishWith(SolutionField.TAGLINE, "Second tagline", null);
        UpstreamDecision aboutSecond =
                new UpstreamDecision(fork, second, SolutionField.TAGLINE, UpstreamChoice.ADOPT, TOM, LATER);
        SolutionRevision third = publishWith(SolutionField.TAGLINE, "Third tagline", null);

        UpstreamChanges changes = UpstreamChanges.between(first, third, List.of(aboutSecond), true);
        assertEquals(Map.of(), changes.decided());
        assertEquals(1, changes.pending().size());
        assertTrue(changes.upstreamRetired());
    }

    @Test
    void aForkBasedOnTheLatestRevisionHasNothingToDecide() {
        UpstreamChanges none = UpstreamChanges.between(first, first, List.of(), false);
        assertEquals(List.of(), none.changes());
        assertFalse(none.isSettled(), "nothing to move on to");
    }

    @Test
    void skippingAndAdoptingAreDecisionsThatMoveTheForksVersionClock() {
        SolutionRevision second = publishWith(SolutionField.TAGLINE, "Now with a printed sheet", null);
        Instant before = fork.updatedAt();
        fork.skip(SolutionField.TAGLINE, second, ADA, LATER.plusSeconds(60));
        assertEquals(LATER.plusSeconds(60), fork.updatedAt());
        assertEquals(ADA, fork.updatedBy());
        assertTrue(fork.updatedAt().isAfter(before));
        assertEquals(first.fields().tagline(), fork.fields().tagline(), "skipping keeps the fork's own value");

        fork.adopt(SolutionField.HOSTING, second, TAXONOMY, TOM, LATER.plusSeconds(120));
        assertEquals(LATER.plusSeconds(120), fork.updatedAt(), "adopting an unchanged value is still a decision");
    }

    @Test
    void aDecisionIsAboutTheForksOwnUpstream() {
        Solution stranger = stored(
                Solution.draft(
                        new SolutionSlug("other"), SolutionContent.of(SolutionTest.complete(), TAXONOMY), ADA, NOW),
                9);
        SolutionRevision strangers = stranger.publish(Optional.empty(), ADA, NOW);
        assertThrows(
                IllegalArgumentException.class,
                () -> new UpstreamDecision(fork, strangers, SolutionField.NAME, UpstreamChoice.ADOPT, TOM, NOW));
        assertThrows(IllegalArgumentException.class, () -> UpstreamChanges.between(first, strangers, List.of(), false));
        assertThrows(IllegalArgumentException.class, () -> fork.skip(SolutionField.NAME, strangers, TOM, NOW));
    }

    @Test
    void aForkRemembersTheRequestThatMadeItOnceAndOnlyBeforeItIsStored() {
        Solution fresh = Solution.forkOf(
                first, new SolutionSlug("cal"), ProblemReference.parse("TOR-0001"), null, TAXONOMY, TOM, LATER);
        fresh.madeByRequest(new ForkRequestKey("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"));
        assertEquals(
                "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
                fresh.forkRequestKey().orElseThrow().value());
        assertThrows(IllegalStateException.class, () -> fresh.madeByRequest(new ForkRequestKey("again")));
        assertThrows(IllegalStateException.class, () -> fork.madeByRequest(new ForkRequestKey("late")));
        assertThrows(IllegalStateException.class, () -> upstream.madeByRequest(new ForkRequestKey("not-a-fork")));
        assertThrows(org.ctphub.domain.shared.InvalidInputException.class, () -> new ForkRequestKey(" leading space"));
        assertThrows(org.ctphub.domain.shared.InvalidInputException.class, () -> new ForkRequestKey(""));
        assertThrows(org.ctphub.domain.shared.InvalidInputException.class, () -> new ForkRequestKey("x".repeat(65)));
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedWithWhoChangedItAndWhen() {
        fork.requireVersion(0);
        SolutionChangedException refused = assertThrows(SolutionChangedException.class, () -> fork.requireVersion(3));
        assertEquals(0, refused.currentVersion());
        assertTrue(refused.getMessage().startsWith("Tom Torbay changed this solution on 1 Apr 2026 at 10:00 UTC"));
    }

    /** Publishes the upstream again with a new value of {@code field} (text), and a second field cleared or changed. */
    private SolutionRevision publishWith(SolutionField field, String value, SolutionField alsoChanged) {
        SolutionFields now = upstream.fields();
        SolutionFields changed = now.withFieldFrom(field, withText(field, value));
        if (alsoChanged != null) {
            changed = changed.withFieldFrom(alsoChanged, withText(alsoChanged, "Changed " + alsoChanged));
        }
        upstream.edit(SolutionContent.of(changed, TAXONOMY), ADA, LATER);
        latest = upstream.publish(Optional.of(latest()), ADA, LATER);
        return latest;
    }

    private SolutionRevision latest = null;

    private SolutionRevision latest() {
        return latest == null ? first : latest;
    }

    private static SolutionFields withText(SolutionField field, String value) {
        SolutionFields c = SolutionTest.complete();
        return new SolutionFields(
                c.name(),
                field == SolutionField.TAGLINE ? value : c.tagline(),
                c.description(),
                c.kind(),
                c.themes(),
                c.licence(),
                c.sourceUrl(),
                c.websiteUrl(),
                c.maturity(),
                c.monthlyCostPounds(),
                field == SolutionField.HOSTING ? value : c.hosting(),
                c.skills(),
                c.personalData(),
                c.personalDataNotes(),
                c.accessibility(),
                c.accessibilityNotes(),
                c.languages(),
                c.connectivity(),
                c.adoptionGuide());
    }

    static <T> T stored(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return entity;
    }
}
