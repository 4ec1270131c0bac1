package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.solution.LineageEntry;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.NetworkSolutions;
import org.ctphub.domain.solution.SolutionSlug;

/**
 * The network's index of solutions, read across partnerships on purpose: {@code NetworkSolution}
 * and {@code Partnership} are not tenant-owned, so these JPQL queries are not filtered, in an
 * entity manager bound to a partnership or in one bound to none. No query here touches a
 * tenant-owned entity, and none is native SQL.
 */
@ApplicationScoped
public class JpaNetworkSolutions implements NetworkSolutions {

    /** Far deeper than any lineage: a guard against a cycle the schema's foreign keys already rule out. */
    private static final int MAX_GENERATIONS = 1000;

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<NetworkSolution> find(long partnershipId, SolutionSlug slug) {
        return entityManager
                .createQuery(
                        "SELECT n FROM NetworkSolution n WHERE n.partnershipId = :partnership AND n.slug = :slug",
                        NetworkSolution.class)
                .setParameter("partnership", partnershipId)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<NetworkSolution> find(long solutionId) {
        return Optional.ofNullable(entityManager.find(NetworkSolution.class, solutionId));
    }

    /**
     * Up to the root by primary key, one solution at a time; then down from the root one
     * generation per query, each fork with its partnership. A lineage of depth d costs about 2d
     * queries, whatever its breadth.
     */
    @Override
    public List<LineageEntry> lineageOf(NetworkSolution solution) {
        NetworkSolution root = solution;
        for (int generation = 0; root.upstreamSolutionId().isPresent(); generation++) {
            long upstream = root.upstreamSolutionId().get();
            if (generation > MAX_GENERATIONS) {
                throw new IllegalStateException("the lineage of solution " + solution.solutionId() + " has no root");
            }
            root = find(upstream)
                    .orElseThrow(() -> new IllegalStateException("solution " + upstream + " is not in the index"));
        }
        List<LineageEntry> entries = new ArrayList<>();
        Partnership rootPartnership = entityManager.find(Partnership.class, root.partnershipId());
        entries.add(new LineageEntry(root, rootPartnership));
        Set<Long> seen = new HashSet<>(Set.of(root.solutionId()));
        List<Long> generation = List.of(root.solutionId());
        for (int depth = 0; !generation.isEmpty() && depth < MAX_GENERATIONS; depth++) {
            List<Long> next = new ArrayList<>();
            for (Object[] row : entityManager
                    .createQuery(
                            "SELECT n, p FROM NetworkSolution n, Partnership p"
                                    + " WHERE p.id = n.partnershipId AND n.upstreamSolutionId IN :upstreams",
                            Object[].class)
                    .setParameter("upstreams", generation)
                    .getResultList()) {
                NetworkSolution fork = (NetworkSolution) row[0];
                if (seen.add(fork.solutionId())) {
                    entries.add(new LineageEntry(fork, (Partnership) row[1]));
                    next.add(fork.solutionId());
                }
            }
            generation = next;
        }
        return entries;
    }

    @Override
    public void add(NetworkSolution entry) {
        entityManager.persist(entry);
        entityManager.flush();
    }
}
