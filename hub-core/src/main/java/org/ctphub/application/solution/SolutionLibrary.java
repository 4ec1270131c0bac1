package org.ctphub.application.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.solution.Lineage;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.NetworkSolutions;
import org.ctphub.domain.solution.SolutionNotFoundException;
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

    /**
     * How the solution spread: the tree of forks from its root down, across partnerships. Forks
     * still in draft appear as work in progress, naming only their partnership.
     *
     * @throws SolutionNotFoundException unless the solution is published or retired, in a
     *     partnership the public may see
     */
    public Lineage lineage(@NotNull PartnershipSlug partnership, @NotNull SolutionSlug solution) {
        Partnership home = partnerships
                .findBySlug(partnership)
                .filter(p -> p.status().isPubliclyListed())
                .orElseThrow(SolutionNotFoundException::new);
        NetworkSolution entry = network.find(home.id(), solution)
                .filter(NetworkSolution::isInLibrary)
                .orElseThrow(SolutionNotFoundException::new);
        return Lineage.of(network.lineageOf(entry), entry.solutionId());
    }
}
