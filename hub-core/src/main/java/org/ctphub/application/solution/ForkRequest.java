package org.ctphub.application.solution;

import jakarta.validation.constraints.NotNull;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.solution.SolutionSlug;

/**
 * A request to fork a published solution into the current partnership.
 *
 * @param upstreamPartnership where the solution to fork lives
 * @param upstreamSolution its slug there
 * @param revision the revision to fork; null for its latest
 * @param problem the problem of this partnership the fork is meant to address
 * @param adapted what the partnership means to change; may be empty
 * @param idempotencyKey the client's key for this request (the API's {@code Idempotency-Key}, a
 *     form's hidden field): the same key again is a retry, and answers with the fork the first
 *     attempt made; null when the client has none, and then any fork this partnership already
 *     has of the solution is the answer
 */
public record ForkRequest(
        @NotNull PartnershipSlug upstreamPartnership,
        @NotNull SolutionSlug upstreamSolution,
        Integer revision,
        @NotNull ProblemReference problem,
        String adapted,
        String idempotencyKey) {}
