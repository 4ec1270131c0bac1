package org.ctphub.domain.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SolutionTest {

    private static final Taxonomy HMS = new Taxonomy(List.of(
            new Theme("loneliness", "Loneliness and isolation", "Unigrwydd ac ynysu"),
            new Theme("food", "Food and cost of living", "Bwyd a chostau byw")));
    private static final Taxonomy TORBAY =
            new Taxonomy(List.of(new Theme("loneliness", "Loneliness and isolation", "Unigrwydd ac ynysu")));
    private static final Actor ADA = new Actor("ada", "Ada Advisor");
    private static final Actor TOM = new Actor("tom", "Tom Torbay");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-01T10:00:00Z");

    static SolutionFields complete() {
        return new SolutionFields(
                "Community events calendar",
                "What's on nearby, on paper and online",
                "A calendar of **local activities**.",
                SolutionKind.SOFTWARE,
                List.of("loneliness", "food"),
                "AGPL-3.0-or-later",
                "https://example.org/events",
                null,
                Maturity.PILOT,
                15,
                "A small shared web host",
                "Someone to add events weekly",
                PersonalData.CONTACT_DETAILS,
                "Organisers' email addresses",
                AccessibilityStatus.MEETS_WCAG_2_2_AA,
                null,
                List.of("en", "cy"),
                Connectivity.LOW_BANDWIDTH,
                "1. Host it. 2. Print the weekly sheet.");
    }

    private static Solution stored(Solution solution, long id) {
        try {
            Field field = Solution.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(solution, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return solution;
    }

    @Test
    void aDraftNeedsOnlyANameAndSaysWhatPublishingStillNeeds() {
        SolutionFields bare = new SolutionFields(
                "Meals board",
                null,
                null,
                null,
                List.of(),
                "Proprietary",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null);
        Solution draft = stored(Solution.draft(new SolutionSlug("meals"), SolutionContent.of(bare, HMS), ADA, NOW), 1);
        assertEquals(SolutionStatus.DRAFT, draft.status());
        assertEquals(
                List.of(
                        SolutionField.TAGLINE,
                        SolutionField.DESCRIPTION,
                        SolutionField.KIND,
                        SolutionField.THEMES,
                        SolutionField.LICENCE,
                        SolutionField.MATURITY,
                        SolutionField.MONTHLY_COST,
                        SolutionField.HOSTING,
                        SolutionField.SKILLS,
                        SolutionField.PERSONAL_DATA,
                        SolutionField.ACCESSIBILITY,
                        SolutionField.LANGUAGES,
                        SolutionField.CONNECTIVITY,
                        SolutionField.ADOPTION_GUIDE),
                draft.content().missingForPublication());

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> draft.publish(Optional.empty(), ADA, NOW));
        assertEquals("tagline", refused.field());
        assertTrue(refused.getMessage().contains("licence"), refused.getMessage());
        assertEquals(0, draft.revision());
        assertEquals(SolutionStatus.DRAFT, draft.status());
    }

    @Test
    void onlyAnOpenLicenceCanBePublished() {
        SolutionFields closed = complete().withFieldFrom(SolutionField.LICENCE, withLicence("LicenseRef-Mine"));
        Solution draft = stored(Solution.draft(new SolutionSlug("cal"), SolutionContent.of(closed, HMS), ADA, NOW), 1);
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> draft.publish(Optional.empty(), ADA, NOW));
        assertEquals("licence", refused.field());
        assertThrows(
                InvalidInputException.class,
                () -> SolutionContent.of(
                        complete().withFieldFrom(SolutionField.LICENCE, withLicence("not a licence!")), HMS));
    }

    private static SolutionFields withLicence(String licence) {
        SolutionFields c = complete();
        return new SolutionFields(
                c.name(),
                c.tagline(),
                c.description(),
                c.kind(),
                c.themes(),
                licence,
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

    @Test
    void badInputNamesItsField() {
        SolutionFields c = complete();
        assertEquals(
                "sourceUrl",
                assertThrows(
                                InvalidInputException.class,
                                () -> SolutionContent.of(
                                        new SolutionFields(
                                                c.name(),
                                                null,
                                                null,
                                                null,
                                                List.of(),
                                                null,
                                                "javascript:alert(1)",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                List.of(),
                                                null,
                                                null),
                                        HMS))
                        .field());
        assertEquals(
                "languages",
                assertThrows(
                                InvalidInputException.class,
                                () -> SolutionContent.of(
                                        new SolutionFields(
                                                c.name(),
                                                null,
                                                null,
                                                null,
                                                List.of(),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                List.of("Welsh"),
                                                null,
                                                null),
                                        HMS))
                        .field());
        assertEquals(
                "monthlyCostPounds",
                assertThrows(
                                InvalidInputException.class,
                                () -> SolutionContent.of(
                                        new SolutionFields(
                                                c.name(), null, null, null, List.of(), null, null, null, null, -1, null,
                                                null, null, null, null, null, List.of(), null, null),
                                        HMS))
                        .field());
        assertEquals(
                "themes",
                assertThrows(
                                InvalidInputException.class,
                                () -> SolutionContent.of(c.withThemes(List.of("weather")), HMS))
                        .field());
        assertThrows(InvalidInputException.class, () -> new SolutionSlug("Not A Slug"));
        assertEquals(
                "slug",
                assertThrows(InvalidInputException.class, () -> new SolutionSlug("new"))
                        .field());
        assertThrows(InvalidInputException.class, () -> new SolutionSlug("fork"), "the workspace's fork form");
        assertEquals("new-calendar", new SolutionSlug("new-calendar").value());
    }

    @Test
    void publishingKeepsAnImmutableRevisionAndEditsWaitForTheNextOne() {
        Solution solution =
                stored(Solution.draft(new SolutionSlug("cal"), SolutionContent.of(complete(), HMS), ADA, NOW), 7);
        SolutionRevision first = solution.publish(Optional.empty(), ADA, NOW);
        assertEquals(1, first.number());
        assertEquals(7L, first.solutionId());
        assertEquals(SolutionStatus.PUBLISHED, solution.status());

        SolutionFields cheaper = complete().withFieldFrom(SolutionField.MONTHLY_COST, costing(25));
        solution.edit(SolutionContent.of(cheaper, HMS), ADA, LATER);
        assertEquals(15, first.fields().monthlyCostPounds(), "the published revision is as it was");
        assertEquals(1, solution.revision());

        SolutionRevision second = solution.publish(Optional.of(first), ADA, LATER);
        assertEquals(2, second.number());
        assertEquals(25, second.fields().monthlyCostPounds());
        assertEquals(15, first.fields().monthlyCostPounds());

        InvalidInputException unchanged =
                assertThrows(InvalidInputException.class, () -> solution.publish(Optional.of(second), ADA, LATER));
        assertEquals("status", unchanged.field());
    }

    private static SolutionFields costing(int pounds) {
        SolutionFields c = complete();
        return new SolutionFields(
                c.name(),
                c.tagline(),
                c.description(),
                c.kind(),
                c.themes(),
                c.licence(),
                c.sourceUrl(),
                c.websiteUrl(),
                c.maturity(),
                pounds,
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

    @Test
    void retiringNeedsAPublishedSolutionAndPublishingAgainBringsItBack() {
        Solution solution =
                stored(Solution.draft(new SolutionSlug("cal"), SolutionContent.of(complete(), HMS), ADA, NOW), 7);
        assertThrows(InvalidInputException.class, () -> solution.retire(ADA, NOW));
        SolutionRevision first = solution.publish(Optional.empty(), ADA, NOW);
        solution.retire(ADA, LATER);
        assertEquals(SolutionStatus.RETIRED, solution.status());
        assertEquals(2, solution.publish(Optional.of(first), ADA, LATER).number());
        assertEquals(SolutionStatus.PUBLISHED, solution.status());
    }

    @Test
    void theChangeDigestListsExactlyTheChangedFields() {
        SolutionFields before = complete();
        SolutionFields after = new SolutionFields(
                before.name(),
                before.tagline(),
                before.description(),
                before.kind(),
                List.of("food", "loneliness"),
                before.licence(),
                before.sourceUrl(),
                before.websiteUrl(),
                Maturity.IN_USE,
                40,
                before.hosting(),
                before.skills(),
                before.personalData(),
                before.personalDataNotes(),
                before.accessibility(),
                before.accessibilityNotes(),
                List.of("en", "pl"),
                before.connectivity(),
                before.adoptionGuide());
        List<SolutionChange> changes = before.changesTo(after);
        assertEquals(
                List.of(SolutionField.MATURITY, SolutionField.MONTHLY_COST, SolutionField.LANGUAGES),
                changes.stream().map(SolutionChange::field).toList());
        assertEquals("PILOT", changes.get(0).before());
        assertEquals("IN_USE", changes.get(0).after());
        assertEquals("40", changes.get(1).after());
        assertEquals(List.of("pl"), changes.get(2).added());
        assertEquals(List.of("cy"), changes.get(2).removed());
        assertEquals(List.of(), after.changesTo(after));
    }

    @Test
    void aForkCopiesTheRevisionKeepsItsUpstreamAndAdoptsChangesFieldByField() {
        Solution upstream =
                stored(Solution.draft(new SolutionSlug("cal"), SolutionContent.of(complete(), HMS), ADA, NOW), 7);
        SolutionRevision first = upstream.publish(Optional.empty(), ADA, NOW);

        Solution fork = Solution.forkOf(
                first,
                new SolutionSlug("torbay-cal"),
                ProblemReference.parse("TOR-0001"),
                "Printed for the library",
                TORBAY,
                TOM,
                LATER);
        assertTrue(fork.isFork());
        assertEquals(Optional.of(7L), fork.upstreamSolutionId());
        assertEquals(Optional.of(1), fork.upstreamRevision());
        assertEquals(SolutionStatus.DRAFT, fork.status());
        assertEquals(List.of("loneliness"), fork.fields().themes(), "themes Torbay's taxonomy lacks are left out");
        assertEquals(first.fields().adoptionGuide(), fork.fields().adoptionGuide());

        upstream.edit(SolutionContent.of(costing(30), HMS), ADA, LATER);
        SolutionRevision second = upstream.publish(Optional.of(first), ADA, LATER);
        List<SolutionChange> digest = first.fields().changesTo(second.fields());
        assertEquals(
                List.of(SolutionField.MONTHLY_COST),
                digest.stream().map(SolutionChange::field).toList());

        fork.adopt(SolutionField.MONTHLY_COST, second, TORBAY, TOM, LATER);
        assertEquals(30, fork.fields().monthlyCostPounds());
        assertEquals(List.of("loneliness"), fork.fields().themes());
        fork.baseOn(second, TOM, LATER);
        assertEquals(Optional.of(2), fork.upstreamRevision());

        SolutionRevision other = stored(
                        Solution.draft(new SolutionSlug("xx"), SolutionContent.of(complete(), HMS), ADA, NOW), 99)
                .publish(Optional.empty(), ADA, NOW);
        assertThrows(IllegalArgumentException.class, () -> fork.adopt(SolutionField.NAME, other, TORBAY, TOM, NOW));
        assertFalse(upstream.isFork());
    }
}
