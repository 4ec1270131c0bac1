package org.ctphub.domain.solution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctphub.domain.partnership.Partnership;

/**
 * How a solution spread across the network: the tree of forks from its root (the solution that
 * forks nothing) down, with the solution asked about marked. Built from the network's index only,
 * so it shows what is published and that draft forks exist, never what a draft says.
 */
public record Lineage(LineageNode root) {

    /**
     * Builds the tree from every entry of one lineage.
     *
     * @param entries the root, and every fork below it, in any order
     * @param focusSolutionId the solution the lineage is asked for
     */
    public static Lineage of(List<LineageEntry> entries, long focusSolutionId) {
        Map<Long, List<LineageEntry>> forksOf = new HashMap<>();
        LineageEntry root = null;
        for (LineageEntry entry : entries) {
            Optional<Long> upstream = entry.solution().upstreamSolutionId();
            if (upstream.isPresent()) {
                forksOf.computeIfAbsent(upstream.get(), id -> new ArrayList<>()).add(entry);
            } else if (root == null) {
                root = entry;
            } else {
                throw new IllegalArgumentException("a lineage has one root");
            }
        }
        if (root == null) {
            throw new IllegalArgumentException("a lineage has a root");
        }
        return new Lineage(node(root, forksOf, focusSolutionId));
    }

    private static LineageNode node(LineageEntry entry, Map<Long, List<LineageEntry>> forksOf, long focus) {
        NetworkSolution solution = entry.solution();
        List<LineageNode> forks = forksOf.getOrDefault(solution.solutionId(), List.of()).stream()
                .sorted(Comparator.comparing((LineageEntry e) -> e.solution().createdAt())
                        .thenComparing(e -> e.solution().solutionId()))
                .map(fork -> node(fork, forksOf, focus))
                .toList();
        Partnership partnership = entry.partnership();
        boolean publicPartnership = partnership.status().isPubliclyListed();
        boolean shown = publicPartnership && solution.isInLibrary();
        LineageNode.State state = !shown
                ? LineageNode.State.IN_PROGRESS
                : solution.status() == SolutionStatus.RETIRED ? LineageNode.State.RETIRED : LineageNode.State.PUBLISHED;
        return new LineageNode(
                publicPartnership ? Optional.of(partnership.slug().value()) : Optional.empty(),
                publicPartnership ? Optional.of(partnership.name()) : Optional.empty(),
                shown ? Optional.of(solution.slug().value()) : Optional.empty(),
                shown ? solution.name() : Optional.empty(),
                state,
                shown ? solution.latestRevision() : 0,
                solution.forkedFromRevision(),
                solution.solutionId() == focus,
                forks);
    }

    /** The solution the lineage was asked for. */
    public LineageNode focus() {
        return find(root).orElseThrow();
    }

    /** The solution the one asked about was forked from; absent for the root. */
    public Optional<LineageNode> upstream() {
        return parentOfFocus(root);
    }

    private static Optional<LineageNode> parentOfFocus(LineageNode node) {
        for (LineageNode fork : node.forks()) {
            if (fork.focus()) {
                return Optional.of(node);
            }
            Optional<LineageNode> found = parentOfFocus(fork);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<LineageNode> find(LineageNode node) {
        if (node.focus()) {
            return Optional.of(node);
        }
        return node.forks().stream()
                .map(Lineage::find)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** How many solutions it holds, the root included. */
    public int size() {
        return root.size();
    }
}
