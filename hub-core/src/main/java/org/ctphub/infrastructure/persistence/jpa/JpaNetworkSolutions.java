package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipStatus;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.LibraryEntry;
import org.ctphub.domain.solution.LibraryFacets;
import org.ctphub.domain.solution.LibraryQuery;
import org.ctphub.domain.solution.LineageEntry;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.NetworkSolutions;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionStatus;

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

    /** The column list must match the FULLTEXT index of V8 exactly, or MariaDB refuses the MATCH. */
    private static final String FULL_TEXT = "SQL('MATCH(?, ?, ?) AGAINST (? IN NATURAL LANGUAGE MODE)',"
            + " r.content.name, r.content.tagline, r.content.description, :text)";

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

    /**
     * Two queries for the page and its total, one for the fork counts of the page's solutions. The
     * filters are on the index's own columns; full-text search joins each solution's latest
     * revision, whose FULLTEXT index (V8) matches the column list of {@link #FULL_TEXT}.
     */
    @Override
    public Page<LibraryEntry> library(LibraryQuery query, PageRequest pageRequest) {
        StringBuilder from = new StringBuilder(" FROM NetworkSolution n, Partnership p");
        StringBuilder where = new StringBuilder(
                " WHERE p.id = n.partnershipId AND n.status = :published" + " AND p.status <> :notPublic");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("published", SolutionStatus.PUBLISHED);
        parameters.put("notPublic", PartnershipStatus.ONBOARDING);
        if (query.theme() != null) {
            where.append(" AND n.themeCodes LIKE :theme ESCAPE '!'");
            parameters.put("theme", NetworkSolution.codePattern(query.theme()));
        }
        if (query.language() != null) {
            where.append(" AND n.languageCodes LIKE :language ESCAPE '!'");
            parameters.put("language", NetworkSolution.codePattern(query.language()));
        }
        if (query.kind() != null) {
            where.append(" AND n.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.maturity() != null) {
            where.append(" AND n.maturity = :maturity");
            parameters.put("maturity", query.maturity());
        }
        if (query.licence() != null) {
            where.append(" AND n.licence = :licence");
            parameters.put("licence", query.licence());
        }
        if (query.worksOffline()) {
            where.append(" AND n.connectivity IN :connections");
            parameters.put(
                    "connections",
                    Arrays.stream(Connectivity.values())
                            .filter(Connectivity::worksWithoutGoodConnection)
                            .toList());
        }
        boolean fullText = false;
        SearchText text = query.text();
        if (text != null && text.hasIndexedWord()) {
            fullText = true;
            from.append(", SolutionRevision r");
            where.append(" AND r.solutionId = n.solutionId AND r.number = n.latestRevision AND ")
                    .append(FULL_TEXT)
                    .append(" > 0");
            parameters.put("text", text.value());
        } else if (text != null) {
            // Words shorter than the full-text index's minimum are not in it: look for the text itself.
            where.append(" AND (n.name LIKE :pattern ESCAPE '!' OR n.tagline LIKE :pattern ESCAPE '!')");
            parameters.put("pattern", text.containsPattern());
        }
        String order =
                switch (query.sort()) {
                    case RELEVANCE ->
                        fullText
                                ? " ORDER BY " + FULL_TEXT + " DESC, n.solutionId DESC"
                                : " ORDER BY n.updatedAt DESC, n.solutionId DESC";
                    case NAME -> " ORDER BY n.name ASC, n.solutionId ASC";
                    case RECENT -> " ORDER BY n.updatedAt DESC, n.solutionId DESC";
                };
        TypedQuery<Object[]> select = entityManager.createQuery("SELECT n, p" + from + where + order, Object[].class);
        Query count = entityManager.createQuery("SELECT COUNT(n)" + from + where);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Object[]> rows = select.setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size())
                .getResultList();
        long total = rows.isEmpty() && pageRequest.page() == 0 ? 0 : ((Number) count.getSingleResult()).longValue();
        return new Page<>(entries(rows), pageRequest.page(), pageRequest.size(), total);
    }

    /** One query: every distinct combination of codes, which is far fewer rows than solutions. */
    @Override
    public LibraryFacets facets() {
        SortedSet<String> themes = new TreeSet<>();
        SortedSet<String> languages = new TreeSet<>();
        SortedSet<String> licences = new TreeSet<>();
        for (Object[] row : entityManager
                .createQuery(
                        "SELECT DISTINCT n.themeCodes, n.languageCodes, n.licence FROM NetworkSolution n, Partnership p"
                                + " WHERE p.id = n.partnershipId AND n.status = :published AND p.status <> :notPublic",
                        Object[].class)
                .setParameter("published", SolutionStatus.PUBLISHED)
                .setParameter("notPublic", PartnershipStatus.ONBOARDING)
                .getResultList()) {
            themes.addAll(NetworkSolution.split((String) row[0]));
            languages.addAll(NetworkSolution.split((String) row[1]));
            if (row[2] != null) {
                licences.add((String) row[2]);
            }
        }
        return new LibraryFacets(themes, languages, licences);
    }

    /**
     * Two queries at most (themes, those sharing the most themes first; then words), and one for
     * the fork counts.
     */
    @Override
    public List<LibraryEntry> matching(Collection<String> themes, SearchText words, int limit) {
        Map<Long, Object[]> found = new LinkedHashMap<>();
        String base = "SELECT n, p FROM NetworkSolution n, Partnership p";
        String published = " p.id = n.partnershipId AND n.status = :published AND p.status <> :notPublic";
        if (!themes.isEmpty()) {
            StringBuilder anyTheme = new StringBuilder();
            StringBuilder sharedThemes = new StringBuilder();
            List<String> codes = List.copyOf(themes);
            for (int i = 0; i < codes.size(); i++) {
                String like = "n.themeCodes LIKE :theme" + i + " ESCAPE '!'";
                anyTheme.append(i == 0 ? "" : " OR ").append(like);
                sharedThemes
                        .append(i == 0 ? "" : " + ")
                        .append("CASE WHEN ")
                        .append(like)
                        .append(" THEN 1 ELSE 0 END");
            }
            // Those sharing the most themes first, then the most recently published.
            TypedQuery<Object[]> byTheme = entityManager
                    .createQuery(
                            base + " WHERE" + published + " AND (" + anyTheme + ") ORDER BY " + sharedThemes
                                    + " DESC, n.updatedAt DESC, n.solutionId DESC",
                            Object[].class)
                    .setParameter("published", SolutionStatus.PUBLISHED)
                    .setParameter("notPublic", PartnershipStatus.ONBOARDING)
                    .setMaxResults(limit);
            for (int i = 0; i < codes.size(); i++) {
                byTheme.setParameter("theme" + i, NetworkSolution.codePattern(codes.get(i)));
            }
            byTheme.getResultList().forEach(row -> found.put(((NetworkSolution) row[0]).solutionId(), row));
        }
        if (found.size() < limit && words != null && words.hasIndexedWord()) {
            entityManager
                    .createQuery(
                            base + ", SolutionRevision r WHERE" + published
                                    + " AND r.solutionId = n.solutionId AND r.number = n.latestRevision AND "
                                    + FULL_TEXT + " > 0 ORDER BY " + FULL_TEXT + " DESC, n.solutionId DESC",
                            Object[].class)
                    .setParameter("published", SolutionStatus.PUBLISHED)
                    .setParameter("notPublic", PartnershipStatus.ONBOARDING)
                    .setParameter("text", words.value())
                    .setMaxResults(limit)
                    .getResultList()
                    .forEach(row -> found.putIfAbsent(((NetworkSolution) row[0]).solutionId(), row));
        }
        return entries(found.values().stream().limit(limit).toList());
    }

    private List<LibraryEntry> entries(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> forks = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT n.upstreamSolutionId, COUNT(n) FROM NetworkSolution n"
                                + " WHERE n.upstreamSolutionId IN :ids GROUP BY n.upstreamSolutionId",
                        Object[].class)
                .setParameter(
                        "ids",
                        rows.stream()
                                .map(row -> ((NetworkSolution) row[0]).solutionId())
                                .toList())
                .getResultList()
                .forEach(row -> forks.put((Long) row[0], ((Number) row[1]).longValue()));
        List<LibraryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            NetworkSolution solution = (NetworkSolution) row[0];
            Partnership partnership = (Partnership) row[1];
            entries.add(new LibraryEntry(
                    solution,
                    partnership.slug().value(),
                    partnership.name(),
                    forks.getOrDefault(solution.solutionId(), 0L)));
        }
        return entries;
    }
}
