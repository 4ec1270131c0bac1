package org.ctphub.application.solution;

import static org.ctphub.application.solution.SolutionStories.advisorOf;
import static org.ctphub.application.solution.SolutionStories.complete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.LibraryEntry;
import org.ctphub.domain.solution.LibraryQuery;
import org.ctphub.domain.solution.LibrarySort;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * The public library on the real database: filters, full-text search and paging over published
 * solutions only; a solution's page with its history, provenance and the partnerships running it;
 * and a problem matched with solutions and with the partnerships that logged similar problems.
 */
@ExtendWith(ArquillianExtension.class)
class SolutionLibraryIT {

    @Deployment
    static WebArchive deployment() {
        File yaml;
        try {
            yaml = new File(Yaml.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Deployments.hubWar().addClass(SolutionStories.class).addAsLibraries(yaml);
    }

    @Inject
    SolutionStories stories;

    @Inject
    SolutionWorkshop workshop;

    @Inject
    Forking forking;

    @Inject
    SolutionLibrary library;

    @Inject
    ProblemMatching matching;

    @Inject
    ProblemRegister register;

    /** A word no other test or demo data uses, so that searches for it find only this test's solutions. */
    private static String uniqueWord() {
        return "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void filtersSearchAndPagingFindPublishedSolutionsOnly() {
        PartnershipRef a = stories.newPartnership("lib-a");
        String word = uniqueWord();
        String descriptionWord = uniqueWord();
        SolutionFields base = complete("Calendar " + word);
        publish(a, "calendar", base);
        publish(
                a,
                "toolkit",
                new SolutionFields(
                        "Toolkit " + word,
                        "A printed guide",
                        "How to run a **lunch club** with " + word + " and " + descriptionWord,
                        SolutionKind.TOOLKIT,
                        List.of("food"),
                        "CC-BY-SA-4.0",
                        null,
                        null,
                        Maturity.MATURE,
                        0,
                        "None",
                        "Someone to print it",
                        base.personalData(),
                        base.personalDataNotes(),
                        base.accessibility(),
                        null,
                        List.of("en"),
                        Connectivity.NEEDS_GOOD_CONNECTION,
                        "Print it."));
        stories.as(advisorOf(a), a, () -> workshop.create(new NewSolution("draft-" + word, complete("Draft " + word))));
        Solution retired = publish(a, "retired", complete("Retired " + word));
        stories.as(advisorOf(a), a, () -> workshop.retire(retired.slug(), retired.version()));

        assertEquals(
                Set.of("Calendar " + word, "Toolkit " + word),
                names(search(word, null, null, null, false)),
                "drafts and retired solutions are not listed");
        assertEquals(Set.of("Toolkit " + word), names(search(word, "food", SolutionKind.TOOLKIT, null, false)));
        assertEquals(Set.of("Calendar " + word), names(search(word, "loneliness", null, null, false)));
        assertEquals(Set.of("Calendar " + word), names(search(word, null, null, "cy", false)));
        assertEquals(
                Set.of("Calendar " + word),
                names(search(word, null, null, null, true)),
                "works offline or on low bandwidth");
        assertEquals(
                Set.of("Toolkit " + word),
                names(library.browse(
                        new LibraryQuery(
                                SearchText.of(word), null, null, Maturity.MATURE, null, "CC-BY-SA-4.0", false, null),
                        PageRequest.first())));
        assertEquals(Set.of(), names(search(word, "housing", null, null, false)));
        assertEquals(
                Set.of("Toolkit " + word),
                names(search(descriptionWord, null, null, null, false)),
                "the description is searched too");

        Page<LibraryEntry> first = library.browse(
                new LibraryQuery(SearchText.of(word), null, null, null, null, null, false, LibrarySort.NAME),
                new PageRequest(0, 1));
        Page<LibraryEntry> second = library.browse(
                new LibraryQuery(SearchText.of(word), null, null, null, null, null, false, LibrarySort.NAME),
                new PageRequest(1, 1));
        assertEquals(2, first.total());
        assertEquals("Calendar " + word, first.items().get(0).solution().name().orElseThrow());
        assertEquals("Toolkit " + word, second.items().get(0).solution().name().orElseThrow());
        assertEquals(a.slug().value(), first.items().get(0).partnershipSlug());

        assertTrue(library.facets().licences().contains("CC-BY-SA-4.0"));
        assertTrue(library.facets().themes().containsAll(Set.of("loneliness", "food")));
    }

    @Test
    void aSolutionPageShowsItsHistoryItsUpstreamAndWhoRunsIt() {
        PartnershipRef a = stories.newPartnership("page-a");
        PartnershipRef b = stories.newPartnership("page-b");
        String word = uniqueWord();
        Solution calendar = publish(a, "calendar", complete("Calendar " + word));
        stories.as(advisorOf(a), a, () -> {
            Solution edited = workshop.edit(calendar.slug(), calendar.version(), complete("Calendar two " + word));
            return workshop.publish(calendar.slug(), edited.version());
        });
        ProblemReference problem = stories.raiseProblem(b, "Evenings alone");
        Solution fork = stories.as(
                advisorOf(b),
                b,
                () -> forking.fork(new ForkRequest(a.slug(), calendar.slug(), 1, problem, "Welsh first", "page-key")));
        Solution forkPublished = stories.as(advisorOf(b), b, () -> workshop.publish(fork.slug(), fork.version()));

        LibrarySolution page = library.solution(a.slug(), calendar.slug());
        assertEquals(2, page.revision().number());
        assertTrue(page.isLatest());
        assertEquals("Calendar two " + word, page.revision().fields().name());
        assertEquals(
                List.of(2, 1),
                page.history().stream()
                        .map(LibrarySolution.RevisionSummary::number)
                        .toList());
        assertTrue(page.upstream().isEmpty(), "the root has no upstream");
        assertEquals(
                List.of(
                        "Partnership " + a.slug().value(),
                        "Partnership " + b.slug().value()),
                page.partnershipsRunningIt());

        LibrarySolution older = library.revision(a.slug(), calendar.slug(), 1);
        assertEquals("Calendar " + word, older.revision().fields().name());
        assertFalse(older.isLatest());
        assertThrows(SolutionNotFoundException.class, () -> library.revision(a.slug(), calendar.slug(), 3));

        LibrarySolution forkPage = library.solution(b.slug(), forkPublished.slug());
        LineageNode upstream = forkPage.upstream().orElseThrow();
        assertEquals(a.slug().value(), upstream.partnershipSlug().orElseThrow());
        assertEquals(calendar.slug().value(), upstream.solutionSlug().orElseThrow());
        assertEquals(1, forkPage.lineage().focus().forkedFromRevision().orElseThrow());

        Solution draft = stories.as(
                advisorOf(a), a, () -> workshop.create(new NewSolution("unpublished", complete("Draft " + word))));
        assertThrows(
                SolutionNotFoundException.class,
                () -> library.solution(a.slug(), draft.slug()),
                "a draft is not in the library");
    }

    @Test
    void aProblemIsMatchedWithSolutionsAndCountsOtherPartnershipsOnlyFromNetworkProblems() {
        String word = uniqueWord();
        PartnershipRef home = stories.newPartnership("match-home");
        ProblemReference problem = raise(home, "Nobody answers " + word, Set.of(), Visibility.PARTNERSHIP);
        PartnershipRef publisher = stories.newPartnership("match-pub");
        publish(publisher, "answers", complete("Answer line " + word));

        ProblemMatches matches = stories.as(advisorOf(home), home, () -> matching.matchesFor(problem));
        assertEquals(
                List.of("Answer line " + word),
                matches.solutions().stream()
                        .map(e -> e.solution().name().orElseThrow())
                        .filter(n -> n.contains(word))
                        .toList(),
                "the solution's words match the problem's title");
        assertEquals(0, matches.similarElsewhere());

        // Visible only inside their partnerships, or in the home partnership itself: not counted.
        raise(home, "Again nobody answers " + word, Set.of(), Visibility.NETWORK);
        raise(stories.newPartnership("match-private"), "Nobody answers " + word, Set.of(), Visibility.PARTNERSHIP);
        raise(stories.newPartnership("match-1"), "Nobody answers " + word + " here", Set.of(), Visibility.NETWORK);
        raise(stories.newPartnership("match-2"), "Nobody answers " + word + " there", Set.of(), Visibility.PUBLIC);
        matches = stories.as(advisorOf(home), home, () -> matching.matchesFor(problem));
        assertEquals(2, matches.similarElsewhere());
        assertEquals(OptionalLong.empty(), matches.similarElsewhereShown(), "2 is shown as fewer than 3");

        PartnershipRef third = stories.newPartnership("match-3");
        raise(third, "Answers " + word + " nobody gives", Set.of(), Visibility.NETWORK);
        raise(third, "Still nobody answers " + word, Set.of(), Visibility.NETWORK);
        matches = stories.as(advisorOf(home), home, () -> matching.matchesFor(problem));
        assertEquals(OptionalLong.of(3), matches.similarElsewhereShown(), "partnerships, not problems, are counted");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonLdAndThePubliccodeYmlParseWhateverTheSolutionSays() {
        PartnershipRef a = stories.newPartnership("meta-a");
        PartnershipRef b = stories.newPartnership("meta-b");
        String hostile = "Tea & \"talk\": </script><script>alert(1)</script>\n- key: value # not a comment";
        SolutionFields base = complete("Calendar: \"quoted\" & <b>bold</b>");
        Solution calendar = publish(
                a,
                "calendar",
                new SolutionFields(
                        base.name(),
                        hostile,
                        "---\nname: injected\n...\n" + hostile,
                        base.kind(),
                        base.themes(),
                        base.licence(),
                        base.sourceUrl(),
                        null,
                        base.maturity(),
                        base.monthlyCostPounds(),
                        base.hosting(),
                        base.skills(),
                        base.personalData(),
                        base.personalDataNotes(),
                        base.accessibility(),
                        null,
                        base.languages(),
                        base.connectivity(),
                        base.adoptionGuide()));
        ProblemReference problem = stories.raiseProblem(b, "Evenings alone");
        Solution fork = stories.as(
                advisorOf(b),
                b,
                () -> forking.fork(new ForkRequest(a.slug(), calendar.slug(), null, problem, null, "meta-key")));
        stories.as(advisorOf(b), b, () -> workshop.publish(fork.slug(), fork.version()));

        SolutionMetadata root =
                new SolutionMetadata(library.solution(a.slug(), calendar.slug()), "https://hub.example");
        String jsonLd = root.jsonLd();
        assertFalse(jsonLd.contains("</script>"), "cannot end the script element it is written in");
        JsonObject json = Json.createReader(new StringReader(jsonLd)).readObject();
        assertEquals("https://schema.org", json.getString("@context"));
        assertEquals("SoftwareSourceCode", json.getString("@type"));
        assertEquals(base.name(), json.getString("name"));
        assertEquals(hostile, json.getString("description"));
        assertEquals("https://spdx.org/licenses/AGPL-3.0-or-later.html", json.getString("license"));
        assertEquals("https://hub.example/library/" + a.slug().value() + "/calendar", json.getString("url"));
        assertFalse(json.containsKey("isBasedOn"), "the root is based on nothing");

        Map<String, Object> yml = new Yaml().load(root.publiccodeYml());
        assertEquals("0.4", yml.get("publiccodeYmlVersion"));
        assertEquals(base.name(), yml.get("name"));
        assertEquals(base.sourceUrl(), yml.get("url"));
        assertEquals("beta", yml.get("developmentStatus"), "a pilot");
        Map<String, Object> english = (Map<String, Object>) ((Map<String, Object>) yml.get("description")).get("en");
        assertEquals(hostile, english.get("shortDescription"));
        assertEquals("---\nname: injected\n...\n" + hostile, english.get("longDescription"));
        assertEquals("AGPL-3.0-or-later", ((Map<String, Object>) yml.get("legal")).get("license"));
        assertEquals(List.of("en", "cy"), ((Map<String, Object>) yml.get("localisation")).get("availableLanguages"));
        assertFalse(yml.containsKey("isBasedOn"));

        SolutionMetadata forked = new SolutionMetadata(library.solution(b.slug(), fork.slug()), "https://hub.example/");
        String upstream = "https://hub.example/library/" + a.slug().value() + "/calendar";
        JsonObject forkJson =
                Json.createReader(new StringReader(forked.jsonLd())).readObject();
        assertEquals(upstream, forkJson.getJsonObject("isBasedOn").getString("url"));
        Map<String, Object> forkYml = new Yaml().load(forked.publiccodeYml());
        assertEquals(List.of(upstream), forkYml.get("isBasedOn"));
    }

    private ProblemReference raise(PartnershipRef p, String title, Set<String> themes, Visibility visibility) {
        return stories.as(
                        advisorOf(p),
                        p,
                        () -> register.raise(
                                new NewProblem(title, "Summary", null, themes, null, null, null, null, visibility)))
                .reference();
    }

    private Solution publish(PartnershipRef p, String slug, SolutionFields fields) {
        return stories.as(advisorOf(p), p, () -> {
            Solution draft = workshop.create(new NewSolution(slug, fields));
            return workshop.publish(new SolutionSlug(slug), draft.version());
        });
    }

    private Page<LibraryEntry> search(
            String text, String theme, SolutionKind kind, String language, boolean worksOffline) {
        return library.browse(
                new LibraryQuery(SearchText.of(text), theme, kind, null, language, null, worksOffline, null),
                PageRequest.first());
    }

    private static Set<String> names(Page<LibraryEntry> page) {
        return page.items().stream()
                .map(e -> e.solution().name().orElseThrow())
                .collect(java.util.stream.Collectors.toSet());
    }
}
