package org.ctphub.domain.solution;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "What changed since you forked": the fields that differ between the upstream revision a fork is
 * based on and the upstream's latest revision, field by field, with what the fork has decided
 * about each so far for that latest revision. Settled when every changed field is decided; the
 * fork is then based on the latest revision and nothing is left to show.
 *
 * @param baseRevision the upstream revision the fork is based on
 * @param latestRevision the upstream's latest revision
 * @param changes the fields that differ, in the order of the form
 * @param decided the fields decided for {@code latestRevision}
 * @param upstreamRetired whether the upstream was retired from the library
 */
public record UpstreamChanges(
        int baseRevision,
        int latestRevision,
        List<SolutionChange> changes,
        Map<SolutionField, UpstreamChoice> decided,
        boolean upstreamRetired) {

    public UpstreamChanges {
        changes = List.copyOf(changes);
        decided = decided.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(decided));
    }

    /**
     * Compares the two revisions of the upstream.
     *
     * @param decisions the fork's decisions; those about other revisions than {@code latest} do not count
     */
    public static UpstreamChanges between(
            SolutionRevision base,
            SolutionRevision latest,
            Collection<UpstreamDecision> decisions,
            boolean upstreamRetired) {
        if (!base.solutionId().equals(latest.solutionId())) {
            throw new IllegalArgumentException("two revisions of one upstream");
        }
        Map<SolutionField, UpstreamChoice> decided = new EnumMap<>(SolutionField.class);
        if (latest.number() > base.number()) {
            decisions.stream()
                    .filter(d -> d.upstreamRevision() == latest.number())
                    .forEach(d -> decided.put(d.field(), d.choice()));
        }
        List<SolutionChange> changes =
                latest.number() > base.number() ? base.fields().changesTo(latest.fields()) : List.of();
        return new UpstreamChanges(base.number(), latest.number(), changes, decided, upstreamRetired);
    }

    public Optional<SolutionChange> changeOf(SolutionField field) {
        return changes.stream().filter(c -> c.field() == field).findFirst();
    }

    /** The changed fields still to decide, in the order of the form. */
    public List<SolutionChange> pending() {
        return changes.stream().filter(c -> !decided.containsKey(c.field())).toList();
    }

    /**
     * Whether the fork can be based on the latest revision: every changed field is decided (also
     * true when a newer revision changed nothing, so that the fork still moves on).
     */
    public boolean isSettled() {
        return latestRevision > baseRevision && pending().isEmpty();
    }

    /** These changes with one more decision. */
    public UpstreamChanges with(SolutionField field, UpstreamChoice choice) {
        Map<SolutionField, UpstreamChoice> more = new EnumMap<>(SolutionField.class);
        more.putAll(decided);
        more.put(field, choice);
        return new UpstreamChanges(baseRevision, latestRevision, changes, more, upstreamRetired);
    }
}
