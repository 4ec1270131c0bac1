package org.ctphub.application.solution;

/**
 * Where a fork comes from, as the network's index knows it: published facts only.
 *
 * @param partnershipSlug the upstream's partnership
 * @param partnershipName its name
 * @param solutionSlug the upstream's slug there
 * @param name the name of the upstream's latest published revision
 * @param latestRevision the number of that revision
 * @param retired whether the upstream was retired from the library
 */
public record UpstreamRef(
        String partnershipSlug,
        String partnershipName,
        String solutionSlug,
        String name,
        int latestRevision,
        boolean retired) {}
