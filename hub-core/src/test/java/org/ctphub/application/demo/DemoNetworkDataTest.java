package org.ctphub.application.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctphub.application.partnership.PartnershipTemplates;
import org.ctphub.domain.partnership.EnglishRegion;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.ReferencePrefix;
import org.ctphub.domain.partnership.Region;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.domain.solution.OpenLicences;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionChange;
import org.ctphub.domain.solution.SolutionContent;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.domain.solution.UpstreamChanges;
import org.junit.jupiter.api.Test;

/**
 * The demo network must satisfy every domain rule, or a local start would fail half way: its
 * partnerships and problems, and its library, played step by step through the solution domain
 * as the hub would play it.
 */
class DemoNetworkDataTest {

    private static final Actor SEEDER = new Actor("system:demo-network", "CTP Hub (demo-network)");
    private static final String HMS = "hulme-moss-side";
    private static final String TORBAY = "torbay";
    private static final String MERTHYR = "merthyr-tydfil";

    private final PartnershipTemplates templates = new PartnershipTemplates();

    @Test
    void everyPartnershipAndProblemPassesTheDomainRules() throws Exception {
        JsonObject network = read(DemoNetwork.RESOURCE);
        Set<String> slugs = new HashSet<>();
        Set<Nation> nations = new HashSet<>();
        for (JsonValue value : network.getJsonArray("partnerships")) {
            JsonObject json = value.asJsonObject();
            assertTrue(slugs.add(json.getString("slug")), "slugs are unique");
            Partnership partnership = partnership(json);
            nations.add(partnership.region().nation());
            assertDoesNotThrow(
                    () -> partnership.writeProfile(json.getString("profileEn"), json.getString("profileCy")));
            int publicProblems = 0;
            for (JsonValue p : json.getJsonArray("problems")) {
                JsonObject problem = p.asJsonObject();
                Problem raised = Problem.raise(
                        partnership.allocateProblemReference(),
                        problem.getString("title"),
                        problem.getString("summary"),
                        Visibility.valueOf(problem.getString("visibility")),
                        SEEDER,
                        Instant.EPOCH);
                Set<String> themes = DemoNetwork.themes(problem);
                assertFalse(themes.isEmpty(), raised.title() + " has themes");
                raised.classify(themes, templates.taxonomyOf(partnership), SEEDER, Instant.EPOCH);
                assertEquals(themes, raised.themes());
                publicProblems += raised.isPublic() ? 1 : 0;
            }
            assertTrue(publicProblems > 0, json.getString("slug") + " shows at least one public problem");
        }
        assertTrue(slugs.size() >= 3, "at least three partnerships");
        assertTrue(nations.size() >= 3, "partnerships in at least three nations");
        assertEquals(Set.of(HMS, TORBAY, MERTHYR, "govan"), slugs);
    }

    @Test
    void everyStepOfTheLibraryPassesTheSolutionRules() throws Exception {
        Library library = played();

        for (Solution solution : library.all()) {
            if (solution.status() != SolutionStatus.DRAFT) {
                SolutionFields published = library.latest(solution).fields();
                String name = published.name();
                assertTrue(OpenLicences.isOpen(published.licence()), name + " has an open licence");
                assertEquals(
                        List.of(),
                        SolutionContent.of(published, library.taxonomyOf(solution))
                                .missingForPublication(),
                        name + " has a complete card");
                assertTrue(
                        published.adoptionGuide().contains("\n## ")
                                && published.adoptionGuide().contains("\n1. "),
                        name + "'s adoption guide has sections and numbered steps");
                if (library.nationOf(solution) == Nation.WALES) {
                    assertTrue(published.languages().contains("cy"), name + ", from Wales, is offered in Welsh");
                }
            }
            if (solution.isFork()) {
                assertTrue(solution.addressesProblem().isPresent(), solution.slug() + " names its local problem");
                assertTrue(solution.adapted().isPresent(), solution.slug() + " says what was adapted");
            }
        }
    }

    @Test
    void theLibraryHoldsTheNamedSolutionsAndEveryKindOfFork() throws Exception {
        Library library = played();

        assertEquals(
                SolutionStatus.PUBLISHED,
                library.get(HMS, "community-events-calendar").status());
        assertEquals(
                SolutionStatus.PUBLISHED,
                library.get(HMS, "meals-and-volunteers-board").status());
        assertEquals(
                SolutionStatus.PUBLISHED, library.get(MERTHYR, "safe-check-in").status());
        assertTrue(library.all().stream().anyMatch(s -> s.status() == SolutionStatus.RETIRED), "one is retired");

        List<Solution> forks = library.all().stream().filter(Solution::isFork).toList();
        assertTrue(forks.stream().anyMatch(Solution::isPublished), "a fork published under its own partnership");
        assertTrue(forks.stream().anyMatch(s -> s.status() == SolutionStatus.DRAFT), "a fork still in progress");
        Solution third = library.get(MERTHYR, "community-events-calendar");
        Solution second = library.upstreamOf(third);
        Solution root = library.upstreamOf(second);
        assertEquals(TORBAY, library.partnershipOf(second));
        assertEquals(HMS, library.partnershipOf(root));
        assertFalse(root.isFork(), "three generations from a root");
        assertTrue(
                forks.stream().map(library::partnershipOf).distinct().count() >= 3,
                "forks into three partnerships at least");
    }

    @Test
    void exactlyOneForkWaitsOnAnUpstreamChangeOfTheFieldsTheRevisionNames() throws Exception {
        Library library = played();

        Map<String, UpstreamChanges> waiting = new LinkedHashMap<>();
        for (Solution fork : library.all()) {
            if (fork.isFork()) {
                UpstreamChanges changes = library.upstreamChanges(fork);
                if (!changes.pending().isEmpty()) {
                    waiting.put(library.partnershipOf(fork) + "/" + fork.slug(), changes);
                }
            }
        }
        assertEquals(Set.of(TORBAY + "/community-events-calendar"), waiting.keySet());
        UpstreamChanges changes = waiting.values().iterator().next();
        assertEquals(1, changes.baseRevision());
        assertEquals(2, changes.latestRevision());
        assertEquals(
                EnumSet.of(
                        SolutionField.MONTHLY_COST,
                        SolutionField.ACCESSIBILITY,
                        SolutionField.ACCESSIBILITY_NOTES,
                        SolutionField.ADOPTION_GUIDE),
                changes.changes().stream().map(SolutionChange::field).collect(Collectors.toSet()));
    }

    // ---------------------------------------------------------------- playing the steps

    /** Plays demo-solutions.json through the domain, against the partnerships and problems of the demo files. */
    private Library played() throws Exception {
        Library library = new Library();
        JsonObject network = read(DemoNetwork.RESOURCE);
        JsonObject workspaces = read(DemoWorkspaces.RESOURCE);
        for (JsonObject json : network.getJsonArray("partnerships").getValuesAs(JsonObject.class)) {
            Partnership partnership = partnership(json);
            Map<ProblemReference, String> problems = new HashMap<>();
            for (JsonObject problem : json.getJsonArray("problems").getValuesAs(JsonObject.class)) {
                problems.put(partnership.allocateProblemReference(), problem.getString("title"));
            }
            for (JsonObject workspace : workspaces.getJsonArray("partnerships").getValuesAs(JsonObject.class)) {
                if (workspace.getString("slug").equals(json.getString("slug"))) {
                    for (JsonObject problem : workspace.getJsonArray("problems").getValuesAs(JsonObject.class)) {
                        ProblemReference reference = ProblemReference.parse(problem.getString("reference"));
                        if (!problems.containsKey(reference)) {
                            assertEquals(partnership.allocateProblemReference(), reference, "references in order");
                            problems.put(reference, problem.getString("title"));
                        }
                    }
                }
            }
            library.partnerships.put(
                    json.getString("slug"),
                    new Home(partnership.region().nation(), templates.taxonomyOf(partnership), problems));
        }
        for (JsonObject step :
                read(DemoSolutions.RESOURCE).getJsonArray("steps").getValuesAs(JsonObject.class)) {
            library.play(step);
        }
        return library;
    }

    private record Home(Nation nation, Taxonomy taxonomy, Map<ProblemReference, String> problems) {}

    /** The network's solutions as the steps leave them, with their revisions. */
    private static final class Library {

        final Map<String, Home> partnerships = new HashMap<>();
        final Map<String, Map<SolutionSlug, Solution>> solutions = new HashMap<>();
        final Map<Long, String> homes = new HashMap<>();
        final Map<Long, Solution> byId = new HashMap<>();
        final Map<Long, List<SolutionRevision>> revisions = new HashMap<>();
        long nextId = 1;

        void play(JsonObject step) {
            String partnership = step.getString("partnership");
            Home home = partnerships.get(partnership);
            assertNotNull(home, "a demo partnership: " + partnership);
            SolutionSlug slug = new SolutionSlug(step.getString("slug"));
            Map<SolutionSlug, Solution> here = solutions.computeIfAbsent(partnership, p -> new LinkedHashMap<>());
            String what = step.getString("do") + " " + partnership + "/" + slug;
            switch (step.getString("do")) {
                case "publish" -> {
                    assertFalse(here.containsKey(slug), what + ": the slug is free");
                    Solution draft = Solution.draft(
                            slug,
                            SolutionContent.of(
                                    DemoSolutions.fields(step.getJsonObject("fields"), DemoSolutions.NOTHING),
                                    home.taxonomy()),
                            SEEDER,
                            Instant.EPOCH);
                    store(partnership, draft);
                    publish(draft);
                }
                case "fork" -> {
                    JsonObject from = step.getJsonObject("from");
                    Solution upstream = get(from.getString("partnership"), from.getString("slug"));
                    SolutionRevision base = from.containsKey("revision")
                            ? revisions.get(upstream.id()).get(from.getInt("revision") - 1)
                            : latest(upstream);
                    JsonObject problem = step.getJsonObject("problem");
                    ProblemReference reference = ProblemReference.parse(problem.getString("reference"));
                    assertEquals(
                            problem.getString("title"), home.problems().get(reference), what + ": the local problem");
                    assertFalse(here.containsKey(slug), what + ": the fork gets the upstream's slug");
                    assertEquals(upstream.slug(), slug, what + ": the fork gets the upstream's slug");
                    Solution fork = Solution.forkOf(
                            base,
                            slug,
                            reference,
                            DemoSolutions.text(step, "adapted"),
                            home.taxonomy(),
                            SEEDER,
                            Instant.EPOCH);
                    store(partnership, fork);
                    JsonObject changes =
                            step.containsKey("changes") ? step.getJsonObject("changes") : JsonValue.EMPTY_JSON_OBJECT;
                    fork.edit(
                            SolutionContent.of(DemoSolutions.fields(changes, fork.fields()), home.taxonomy()),
                            SEEDER,
                            Instant.EPOCH);
                    if (step.getBoolean("publish", false)) {
                        publish(fork);
                    }
                }
                case "revise" -> {
                    Solution solution = here.get(slug);
                    assertEquals(step.getInt("revision") - 1, solution.revision(), what);
                    SolutionFields before = solution.fields();
                    JsonObject changes = step.getJsonObject("changes");
                    solution.edit(
                            SolutionContent.of(DemoSolutions.fields(changes, before), home.taxonomy()),
                            SEEDER,
                            Instant.EPOCH);
                    assertEquals(
                            changes.keySet(),
                            before.changesTo(solution.fields()).stream()
                                    .map(change -> change.field().inputName())
                                    .collect(Collectors.toSet()),
                            what + " changes every field it names");
                    publish(solution);
                }
                case "retire" -> here.get(slug).retire(SEEDER, Instant.EPOCH);
                default -> throw new AssertionError("unknown step " + what);
            }
        }

        private void store(String partnership, Solution solution) {
            try {
                Field id = Solution.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(solution, nextId);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            solutions.get(partnership).put(solution.slug(), solution);
            homes.put(nextId, partnership);
            byId.put(nextId, solution);
            nextId++;
        }

        private void publish(Solution solution) {
            Optional<SolutionRevision> latest =
                    Optional.ofNullable(revisions.get(solution.id())).map(list -> list.get(list.size() - 1));
            revisions
                    .computeIfAbsent(solution.id(), id -> new ArrayList<>())
                    .add(solution.publish(latest, SEEDER, Instant.EPOCH));
        }

        Solution get(String partnership, String slug) {
            Solution solution = solutions.getOrDefault(partnership, Map.of()).get(new SolutionSlug(slug));
            assertNotNull(solution, partnership + "/" + slug + " is there");
            return solution;
        }

        List<Solution> all() {
            return solutions.values().stream().flatMap(s -> s.values().stream()).toList();
        }

        SolutionRevision latest(Solution solution) {
            List<SolutionRevision> list = revisions.get(solution.id());
            assertNotNull(list, solution.slug() + " was published");
            return list.get(list.size() - 1);
        }

        Solution upstreamOf(Solution fork) {
            return byId.get(fork.upstreamSolutionId().orElseThrow());
        }

        String partnershipOf(Solution solution) {
            return homes.get(solution.id());
        }

        Taxonomy taxonomyOf(Solution solution) {
            return partnerships.get(partnershipOf(solution)).taxonomy();
        }

        Nation nationOf(Solution solution) {
            return partnerships.get(partnershipOf(solution)).nation();
        }

        UpstreamChanges upstreamChanges(Solution fork) {
            List<SolutionRevision> upstream =
                    revisions.get(fork.upstreamSolutionId().orElseThrow());
            return UpstreamChanges.between(
                    upstream.get(fork.upstreamRevision().orElseThrow() - 1),
                    upstream.get(upstream.size() - 1),
                    List.of(),
                    false);
        }
    }

    private static Partnership partnership(JsonObject json) {
        return Partnership.onboard(
                new PartnershipSlug(json.getString("slug")),
                json.getString("name"),
                Region.of(
                        Nation.valueOf(json.getString("nation")),
                        json.isNull("englishRegion") ? null : EnglishRegion.valueOf(json.getString("englishRegion"))),
                json.getString("place"),
                new ReferencePrefix(json.getString("referencePrefix")),
                json.getString("template"),
                Instant.EPOCH);
    }

    private static JsonObject read(String resource) throws Exception {
        try (InputStream in = DemoNetwork.class.getResourceAsStream(resource);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
