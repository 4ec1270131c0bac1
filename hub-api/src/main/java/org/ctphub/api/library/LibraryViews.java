package org.ctphub.api.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.api.shared.ThemeJson;
import org.ctphub.api.solution.SolutionViews;
import org.ctphub.application.solution.LibrarySolution;
import org.ctphub.application.solution.ProblemMatches;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.solution.LibraryEntry;
import org.ctphub.domain.solution.LibraryFacets;
import org.ctphub.domain.solution.LibrarySort;
import org.ctphub.domain.solution.Lineage;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.SolutionKind;

/**
 * Builds the library's representations, as its pages show them: themes named by whichever
 * template has them, never who published a revision, and absolute addresses from the hub's
 * address as the request reached it, as the pages' metadata has them.
 */
@RequestScoped
public class LibraryViews {

    /** Where the library's pages are, under the hub's address. */
    static final String PAGES = "/library/";

    @Inject
    SolutionLibrary library;

    @Inject
    SolutionViews solutionViews;

    private Map<String, Theme> themes;

    public LibraryEntryJson of(LibraryEntry entry, LibraryAddresses addresses) {
        NetworkSolution solution = entry.solution();
        String slug = solution.slug().value();
        return new LibraryEntryJson(
                entry.partnershipSlug(),
                entry.partnershipName(),
                slug,
                solution.name().orElse(null),
                solution.tagline().orElse(null),
                solution.kind().map(ApiNames::of).orElse(null),
                solution.maturity().map(ApiNames::of).orElse(null),
                solution.licence().orElse(null),
                solution.connectivity().map(ApiNames::of).orElse(null),
                solution.monthlyCostPounds().orElse(null),
                solution.themes().stream().map(this::theme).toList(),
                solution.languages(),
                entry.forks(),
                solution.upstreamSolutionId().isPresent(),
                solution.latestRevision(),
                ApiNames.of(solution.status()),
                addresses.api(entry.partnershipSlug(), slug),
                addresses.page(entry.partnershipSlug(), slug));
    }

    public LibrarySolutionJson of(LibrarySolution page, LibraryAddresses addresses) {
        String partnership = page.partnershipSlug();
        String slug = page.entry().slug().value();
        int shown = page.revision().number();
        String self = page.isLatest() ? addresses.api(partnership, slug) : addresses.revision(partnership, slug, shown);
        return new LibrarySolutionJson(
                partnership,
                page.partnershipName(),
                slug,
                ApiNames.of(page.entry().status()),
                page.entry().latestRevision(),
                solutionViews.forLibrary(page.revision(), themes()),
                page.upstream()
                        .map(upstream -> upstream(upstream, page.entry()))
                        .orElse(null),
                page.partnershipsRunningIt(),
                page.history().stream()
                        .map(r -> new LibrarySolutionJson.RevisionJson(
                                r.number(),
                                SolutionViews.stored(r.publishedAt()),
                                addresses.revision(partnership, slug, r.number())))
                        .toList(),
                new LibrarySolutionJson.LinksJson(
                        self,
                        addresses.page(partnership, slug),
                        addresses.api(partnership, slug) + "/lineage",
                        addresses.api(partnership, slug) + "/publiccode.yml",
                        addresses.api(partnership, slug) + "/jsonld"));
    }

    public LineageJson of(Lineage lineage, LibraryAddresses addresses) {
        return new LineageJson(lineage.size(), lineage.root().depth(), node(lineage.root(), addresses));
    }

    public ProblemMatchesJson of(ProblemMatches matches, LibraryAddresses addresses) {
        OptionalLong shown = matches.similarElsewhereShown();
        return new ProblemMatchesJson(
                matches.solutions().stream().map(e -> of(e, addresses)).toList(),
                shown.isPresent()
                        ? new ProblemMatchesJson.SimilarElsewhereJson(shown.getAsLong(), null)
                        : new ProblemMatchesJson.SimilarElsewhereJson(null, ProblemMatches.SMALLEST_COUNT_SHOWN));
    }

    public LibraryFacetsJson of(LibraryFacets facets) {
        return new LibraryFacetsJson(
                facets.themes().stream().map(this::theme).toList(),
                List.copyOf(facets.languages()),
                List.copyOf(facets.licences()),
                inputNames(SolutionKind.values()),
                inputNames(Maturity.values()),
                java.util.Arrays.stream(LibrarySort.values())
                        .map(LibrarySort::inputName)
                        .toList());
    }

    private LibrarySolutionJson.UpstreamJson upstream(LineageNode upstream, NetworkSolution fork) {
        return new LibrarySolutionJson.UpstreamJson(
                upstream.partnershipSlug().orElse(null),
                upstream.partnershipName().orElse(null),
                upstream.solutionSlug().orElse(null),
                upstream.name().orElse(null),
                fork.forkedFromRevision().orElse(0),
                ApiNames.of(upstream.state()));
    }

    private LineageJson.NodeJson node(LineageNode node, LibraryAddresses addresses) {
        boolean linked =
                node.partnershipSlug().isPresent() && node.solutionSlug().isPresent();
        return new LineageJson.NodeJson(
                node.partnershipSlug().orElse(null),
                node.partnershipName().orElse(null),
                node.solutionSlug().orElse(null),
                node.name().orElse(null),
                ApiNames.of(node.state()),
                node.latestRevision(),
                node.forkedFromRevision().orElse(null),
                node.focus(),
                linked
                        ? addresses.page(
                                node.partnershipSlug().get(),
                                node.solutionSlug().get())
                        : null,
                node.forks().stream().map(fork -> node(fork, addresses)).toList());
    }

    private ThemeJson theme(String id) {
        return ThemeJson.of(themes(), id);
    }

    private Map<String, Theme> themes() {
        if (themes == null) {
            themes = library.themes();
        }
        return themes;
    }

    private static List<String> inputNames(Enum<?>[] constants) {
        return java.util.Arrays.stream(constants).map(ApiNames::of).toList();
    }

    /**
     * The addresses of the library, absolute: its pages under the hub's address, its API under the
     * API's. The hub's address is the API's base without {@code /api}, as a request reached it.
     */
    public record LibraryAddresses(String hub, String api) {

        public static LibraryAddresses of(java.net.URI apiBase) {
            String base = UriBuilder.fromUri(apiBase).build().toString();
            String api = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            String hub = api.endsWith("/api") ? api.substring(0, api.length() - "/api".length()) : api;
            return new LibraryAddresses(hub, api);
        }

        /** The hub's address, e.g. {@code https://hub.example.org}, for the solution's metadata. */
        public String hubAddress() {
            return hub;
        }

        String page(String partnership, String solution) {
            return hub + PAGES + partnership + "/" + solution;
        }

        String api(String partnership, String solution) {
            return api + "/v1/library/" + partnership + "/" + solution;
        }

        String revision(String partnership, String solution, int number) {
            return api(partnership, solution) + "/revisions/" + number;
        }
    }
}
