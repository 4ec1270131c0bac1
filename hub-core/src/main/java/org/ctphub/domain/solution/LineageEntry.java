package org.ctphub.domain.solution;

import java.util.Objects;
import org.ctphub.domain.partnership.Partnership;

/** One solution of a lineage as read from the network's index, with the partnership it lives in. */
public record LineageEntry(NetworkSolution solution, Partnership partnership) {

    public LineageEntry {
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(partnership, "partnership");
        if (!partnership.id().equals(solution.partnershipId())) {
            throw new IllegalArgumentException("the solution's own partnership");
        }
    }
}
