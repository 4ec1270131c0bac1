package org.ctphub.application.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctphub.application.partnership.PartnershipTemplates;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.solution.LibraryEntry;
import org.ctphub.domain.solution.LibraryFacets;
import org.ctphub.domain.solution.LibraryQuery;
import org.ctphub.domain.solution.Lineage;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.NetworkSolutions;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionRevisions;
import org.ctphub.domain.solution.SolutionSlug;

/**
 * The network library, for anyone, signed in or not: what partnerships published, read across
 * partnerships through the network's index and the published revisions only, so it works with or
 * without a current partnership and never sees a draft.
 */
@ApplicationScoped
@Transactional
public class SolutionLibrary {

    @Inject
    Partnerships partnerships;

    @Inject
    NetworkSolutions network;

    @Inject
    SolutionRevisions revisions;

    @Inject
    PartnershipTemplates templates;

    @Inject
    Clock clock;

    /** The filters' values change only when something is published: read them at most once a minute. */
    private static final Duration FACETS_FOR = Duration.ofMinutes(1);

    private volatile CachedFacets facets;

    private record CachedFacets(LibraryFacets facets, Instant until) {}

    /** A page of the library: published solutions matching the query; retired ones are not listed. */
    public Page<LibraryEntry> browse(@NotNull LibraryQuery query, @NotNull PageRequest pageRequest) {
        return network.library(query, pageRequest);
    }

    /** The themes, languages and licences worth offering as filters: those published solutions hold. */
    public LibraryFacets facets() {
        CachedFacets cached = facets;
        Instant now = clock.instant();
        if (cached == null || now.isAfter(cached.until())) {
            cached = new CachedFacets(network.facets(), now.plus(FACETS_FOR));
            facets = cached;
        }
        return cached.facets();
    }

    /**
     * Every theme of the network's templates, by id: a solution's themes come from its
     * partnership's taxonomy, and the same id means the same theme across templates.
     */
    public Map<String, Theme> themes() {
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (PartnershipTemplates.Template template : templates.list()) {
            for (Theme theme : template.themes()) {
                themes.putIfAbsent(theme.id(), theme);
            }
        }
        return themes;
    }

    /**
     * A solution's library page at its latest published revision: published or retired, in a
     * partnership the public may see.
     *
     * @throws SolutionNotFoundException otherwise, whether it is a draft, in another state or missing
     */
    public LibrarySolution solution(@NotNull PartnershipSlug partnership, @NotNull SolutionSlug solution) {
        return page(partnership, solution, null);
    }

    /**
     * A solution's library page at one of its published revisions.
     *
     * @throws SolutionNotFoundException when the solution or that revision is not in the library
     */
    public LibrarySolution revision(@NotNull PartnershipSlug partnership, @NotNull SolutionSlug solution, int number) {
        return page(partnership, solution, number);
    }

    private LibrarySolution page(PartnershipSlug partnershipSlug, SolutionSlug slug, Integer number) {
        Partnership home = publicPartnership(partnershipSlug);
        NetworkSolution entry = inLibrary(home, slug);
        SolutionRevision shown = (number == null
                        ? revisions.latestOf(entry.solutionId())
                        : revisions.find(entry.solutionId(), number))
                .orElseThrow(SolutionNotFoundException::new);
        List<LibrarySolution.RevisionSummary> history = revisions.datesOf(entry.solutionId()).stream()
                .map(r -> new LibrarySolution.RevisionSummary(r.number(), r.publishedAt()))
                .toList();
        return new LibrarySolution(
                home.slug().value(),
                home.name(),
                entry,
                shown,
                Lineage.of(network.lineageOf(entry), entry.solutionId()),
                history);
    }

    private Partnership publicPartnership(PartnershipSlug slug) {
        return partnerships
                .findBySlug(slug)
                .filter(p -> p.status().isPubliclyListed())
                .orElseThrow(SolutionNotFoundException::new);
    }

    private NetworkSolution inLibrary(Partnership home, SolutionSlug slug) {
        return network.find(home.id(), slug)
                .filter(NetworkSolution::isInLibrary)
                .orElseThrow(SolutionNotFoundException::new);
    }

    /**
     * How the solution spread: the tree of forks from its root down, across partnerships. Forks
     * still in draft appear as work in progress, naming only their partnership.
     *
     * @throws SolutionNotFoundException unless the solution is published or retired, in a
     *     partnership the public may see
     */
    public Lineage lineage(@NotNull PartnershipSlug partnership, @NotNull SolutionSlug solution) {
        NetworkSolution entry = inLibrary(publicPartnership(partnership), solution);
        return Lineage.of(network.lineageOf(entry), entry.solutionId());
    }
}
