package org.ctphub.application.solution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.solution.Lineage;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.SolutionRevision;

/**
 * A solution's page in the library: one of its published revisions (the latest, unless another
 * was asked for), where it lives, where it came from, how it spread, and its published history.
 *
 * @param partnershipSlug where it lives
 * @param partnershipName its partnership's name
 * @param entry what the network's index says of it: status, latest revision
 * @param revision the revision shown
 * @param lineage the tree of forks it belongs to, with it marked
 * @param history its published revisions, newest first
 */
public record LibrarySolution(
        String partnershipSlug,
        String partnershipName,
        NetworkSolution entry,
        SolutionRevision revision,
        Lineage lineage,
        List<RevisionSummary> history) {

    /** One published revision, as the public sees it: its number and date, not who published it. */
    public record RevisionSummary(int number, java.time.Instant publishedAt) {}

    public LibrarySolution {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(lineage, "lineage");
        history = List.copyOf(history);
    }

    /** Whether the revision shown is the latest: an older one is shown as such, with a link on. */
    public boolean isLatest() {
        return revision.number() == entry.latestRevision();
    }

    /** The solution it was forked from, as the lineage shows it; absent unless it is a fork. */
    public Optional<LineageNode> upstream() {
        return lineage.upstream();
    }

    /** The forks made of it directly, oldest first. */
    public List<LineageNode> forks() {
        return lineage.focus().forks();
    }

    /**
     * The partnerships that run it: its own, and those that forked it (published or in progress),
     * each once, in the order they took it up. Partnerships that are not public are not named.
     */
    public List<String> partnershipsRunningIt() {
        Set<String> names = new LinkedHashSet<>();
        names.add(partnershipName);
        for (LineageNode fork : forks()) {
            fork.partnershipName().ifPresent(names::add);
        }
        return new ArrayList<>(names);
    }
}
