package org.ctphub.domain.solution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One solution in a lineage, as anyone may see it. A fork still in draft is "in progress": its
 * partnership is named, but not its slug or its name, and a solution of a partnership that is not
 * public yet names nothing at all.
 *
 * @param partnershipSlug absent for a partnership that is not public yet
 * @param partnershipName absent with the slug
 * @param solutionSlug absent while in progress
 * @param name the latest published revision's name; absent while in progress
 * @param state published, retired, or in progress
 * @param latestRevision the latest published revision; 0 while in progress
 * @param forkedFromRevision the upstream revision it was forked from; absent for the root
 * @param focus whether this is the solution the lineage was asked for
 * @param forks its forks, oldest first
 */
public record LineageNode(
        Optional<String> partnershipSlug,
        Optional<String> partnershipName,
        Optional<String> solutionSlug,
        Optional<String> name,
        State state,
        int latestRevision,
        Optional<Integer> forkedFromRevision,
        boolean focus,
        List<LineageNode> forks) {

    /** Where a solution of a lineage is. */
    public enum State {
        PUBLISHED,
        RETIRED,
        /** A fork not published yet, or of a partnership that is not public yet. */
        IN_PROGRESS
    }

    public LineageNode {
        Objects.requireNonNull(state, "state");
        forks = List.copyOf(forks);
    }

    /** This node and every one below it. */
    public int size() {
        return 1 + forks.stream().mapToInt(LineageNode::size).sum();
    }

    /** The depth of the tree from this node: 1 for a solution nobody forked. */
    public int depth() {
        return 1 + forks.stream().mapToInt(LineageNode::depth).max().orElse(0);
    }
}
