package org.ctphub.application.solution;

import java.util.Objects;
import org.ctphub.domain.solution.UpstreamChanges;

/**
 * What a fork sees of its upstream: where the upstream lives and what it is called now, and what
 * changed in it since the revision the fork is based on, with the fork's decisions so far.
 *
 * @param forkSlug the fork, in the current partnership
 * @param forkVersion the fork's version, for the next decision
 * @param upstreamPartnershipSlug where the upstream lives
 * @param upstreamPartnershipName its partnership's name
 * @param upstreamSlug the upstream's slug there
 * @param upstreamName the name of the upstream's latest revision
 * @param forkedFromRevision the upstream revision the fork was made from (it is now based on
 *     {@code changes.baseRevision()}, which moves on as changes are adopted or skipped)
 * @param changes the fields changed between the fork's base and the upstream's latest revision
 */
public record UpstreamReview(
        String forkSlug,
        long forkVersion,
        String upstreamPartnershipSlug,
        String upstreamPartnershipName,
        String upstreamSlug,
        String upstreamName,
        int forkedFromRevision,
        UpstreamChanges changes) {

    public UpstreamReview {
        Objects.requireNonNull(changes, "changes");
    }
}
