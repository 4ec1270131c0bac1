package org.ctphub.application.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Access;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.problem.NetworkProblemPatterns;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.solution.NetworkSolutions;

/**
 * Matches a problem of the current partnership with the network: the library's published
 * solutions filed under its themes or matching its title's words, and a count of the other
 * partnerships that logged a similar problem (same theme or similar words), from problems visible
 * to the network or the public only. For the partnership's members and the central team.
 */
@ApplicationScoped
@Transactional
public class ProblemMatching {

    /** How many solutions a problem's page suggests. */
    public static final int SUGGESTIONS = 5;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    ProblemRegister register;

    @Inject
    NetworkSolutions network;

    @Inject
    NetworkProblemPatterns patterns;

    @Inject
    Access access;

    /** @throws org.ctphub.domain.problem.ProblemNotFoundException when the partnership has no such problem */
    public ProblemMatches matchesFor(@NotNull ProblemReference reference) {
        PartnershipRef here = currentPartnership.require();
        if (!access.caller().isSignedIn()) {
            throw new UnauthenticatedException();
        }
        if (!access.canReadEverything(here.slug())) {
            throw new ForbiddenException(Refusal.of("access.members-only"));
        }
        Problem problem = register.get(reference);
        SearchText words = SearchText.of(problem.title());
        return new ProblemMatches(
                network.matching(problem.themes(), words, SUGGESTIONS),
                patterns.partnershipsWithSimilarProblems(here.id(), problem.themes(), words));
    }
}
