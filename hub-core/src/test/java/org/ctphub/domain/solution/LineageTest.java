package org.ctphub.domain.solution;

import static org.ctphub.domain.solution.UpstreamChangesTest.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.ReferencePrefix;
import org.ctphub.domain.partnership.Region;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.Actor;
import org.junit.jupiter.api.Test;

class LineageTest {

    private static final Taxonomy TAXONOMY = new Taxonomy(List.of(
            new Theme("loneliness", "Loneliness and isolation", "Unigrwydd ac ynysu"),
            new Theme("food", "Food and cost of living", "Bwyd a chostau byw")));
    private static final Actor ADA = new Actor("ada", "Ada Advisor");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private long nextId = 100;

    private final Partnership hulme = partnership("hulme", "Hulme CTP", true);
    private final Partnership torbay = partnership("torbay", "Torbay CTP", true);
    private final Partnership govan = partnership("govan", "Govan CTP", true);
    private final Partnership hidden = partnership("newcomer", "Not public yet", false);

    private final List<LineageEntry> entries = new ArrayList<>();

    @Test
    void threeGenerationsWithTheFocusMarkedAndDraftsShownOnlyAsWorkInProgress() {
        Published root = publish(hulme, "events-calendar", "Community events calendar");
        Published fork = forkAndPublish(torbay, root, "events-calendar", "Torbay events");
        NetworkSolution forkOfFork = forkOnly(govan, fork, "events-calendar");
        NetworkSolution secondFork = forkOnly(hidden, root, "events-calendar");

        Lineage lineage = Lineage.of(reversed(entries), fork.entry().solutionId());

        LineageNode top = lineage.root();
        assertEquals(Optional.of("hulme"), top.partnershipSlug());
        assertEquals(Optional.of("Community events calendar"), top.name());
        assertEquals(LineageNode.State.PUBLISHED, top.state());
        assertEquals(Optional.empty(), top.forkedFromRevision());
        assertFalse(top.focus());
        assertEquals(4, lineage.size());
        assertEquals(3, top.depth());

        assertEquals(2, top.forks().size(), "both forks of the root, oldest first");
        LineageNode torbays = top.forks().get(0);
        assertEquals(Optional.of("torbay"), torbays.partnershipSlug());
        assertEquals(Optional.of("events-calendar"), torbays.solutionSlug());
        assertEquals(Optional.of("Torbay events"), torbays.name());
        assertEquals(Optional.of(1), torbays.forkedFromRevision());
        assertTrue(torbays.focus());
        assertEquals(torbays, lineage.focus());

        LineageNode govans = torbays.forks().get(0);
        assertEquals(LineageNode.State.IN_PROGRESS, govans.state());
        assertEquals(Optional.of("Govan CTP"), govans.partnershipName(), "a draft fork names its partnership");
        assertEquals(Optional.empty(), govans.solutionSlug(), "but nothing of the draft");
        assertEquals(Optional.empty(), govans.name());
        assertEquals(0, govans.latestRevision());

        LineageNode newcomers = top.forks().get(1);
        assertEquals(LineageNode.State.IN_PROGRESS, newcomers.state());
        assertEquals(Optional.empty(), newcomers.partnershipSlug(), "a partnership not public yet is not named");
        assertEquals(secondFork.upstreamSolutionId(), Optional.of(root.entry().solutionId()));
    }

    @Test
    void aRetiredSolutionStaysInItsLineage() {
        Published root = publish(hulme, "meals-board", "Meals and volunteers board");
        forkAndPublish(torbay, root, "meals-board", "Meals board");
        root.entry().retire(NOW);

        Lineage lineage = Lineage.of(entries, root.entry().solutionId());
        assertEquals(LineageNode.State.RETIRED, lineage.root().state());
        assertEquals(Optional.of("Meals and volunteers board"), lineage.root().name());
        assertTrue(lineage.root().focus());
        assertEquals(LineageNode.State.PUBLISHED, lineage.root().forks().get(0).state());
    }

    @Test
    void aLineageHasExactlyOneRoot() {
        publish(hulme, "one", "One");
        publish(torbay, "two", "Two");
        assertThrows(IllegalArgumentException.class, () -> Lineage.of(entries, 1));
        assertThrows(IllegalArgumentException.class, () -> Lineage.of(List.of(), 1));
    }

    @Test
    void theIndexEntersASolutionWhenFirstPublishedAndAForkWhenMade() {
        Published root = publish(hulme, "check-in", "Check-in bot");
        assertEquals(SolutionStatus.PUBLISHED, root.entry().status());
        assertEquals(1, root.entry().latestRevision());
        assertThrows(IllegalArgumentException.class, () -> root.entry().publish(root.revision(), NOW));
        assertThrows(IllegalStateException.class, () -> forkOnly(torbay, root, "check-in")
                .retire(NOW));
        NetworkSolution fork = forkOnly(govan, root, "check-in");
        assertEquals(SolutionStatus.DRAFT, fork.status());
        assertFalse(fork.isInLibrary());
        assertEquals(Optional.empty(), fork.name());
    }

    private record Published(Solution solution, SolutionRevision revision, NetworkSolution entry) {}

    private Published publish(Partnership partnership, String slug, String name) {
        SolutionFields fields = SolutionTest.complete().withFieldFrom(SolutionField.NAME, named(name));
        Solution solution = stored(
                Solution.draft(new SolutionSlug(slug), SolutionContent.of(fields, TAXONOMY), ADA, NOW), nextId++);
        SolutionRevision revision = solution.publish(Optional.empty(), ADA, NOW);
        NetworkSolution entry = NetworkSolution.published(partnership.id(), solution, revision, NOW);
        entries.add(new LineageEntry(entry, partnership));
        return new Published(solution, revision, entry);
    }

    private Published forkAndPublish(Partnership partnership, Published upstream, String slug, String name) {
        Solution fork = stored(
                Solution.forkOf(
                        upstream.revision(),
                        new SolutionSlug(slug),
                        ProblemReference.parse("ABC-0001"),
                        null,
                        TAXONOMY,
                        ADA,
                        NOW.plusSeconds(nextId)),
                nextId++);
        NetworkSolution entry =
                NetworkSolution.forked(partnership.id(), fork, upstream.revision(), NOW.plusSeconds(nextId));
        fork.edit(SolutionContent.of(fork.fields().withFieldFrom(SolutionField.NAME, named(name)), TAXONOMY), ADA, NOW);
        SolutionRevision revision = fork.publish(Optional.empty(), ADA, NOW);
        entry.publish(revision, NOW);
        entries.add(new LineageEntry(entry, partnership));
        return new Published(fork, revision, entry);
    }

    private NetworkSolution forkOnly(Partnership partnership, Published upstream, String slug) {
        Solution fork = stored(
                Solution.forkOf(
                        upstream.revision(),
                        new SolutionSlug(slug),
                        ProblemReference.parse("ABC-0001"),
                        null,
                        TAXONOMY,
                        ADA,
                        NOW),
                nextId++);
        NetworkSolution entry =
                NetworkSolution.forked(partnership.id(), fork, upstream.revision(), NOW.plusSeconds(nextId));
        entries.add(new LineageEntry(entry, partnership));
        return entry;
    }

    private static SolutionFields named(String name) {
        SolutionFields c = SolutionTest.complete();
        return new SolutionFields(
                name,
                c.tagline(),
                c.description(),
                c.kind(),
                c.themes(),
                c.licence(),
                c.sourceUrl(),
                c.websiteUrl(),
                c.maturity(),
                c.monthlyCostPounds(),
                c.hosting(),
                c.skills(),
                c.personalData(),
                c.personalDataNotes(),
                c.accessibility(),
                c.accessibilityNotes(),
                c.languages(),
                c.connectivity(),
                c.adoptionGuide());
    }

    private Partnership partnership(String slug, String name, boolean active) {
        Partnership partnership = stored(
                Partnership.onboard(
                        new PartnershipSlug(slug),
                        name,
                        Region.of(Nation.SCOTLAND, null),
                        null,
                        new ReferencePrefix("ABC"),
                        null,
                        NOW),
                nextId++);
        if (active) {
            partnership.activate();
        }
        return partnership;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
