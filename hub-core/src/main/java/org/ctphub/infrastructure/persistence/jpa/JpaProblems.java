package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemChange;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;

/**
 * No query here names a partnership: EclipseLink adds the tenant to each of them, subqueries and
 * the full-text match included, which is why the full-text search is JPQL (with EclipseLink's
 * {@code SQL} function for MariaDB's {@code MATCH ... AGAINST}) and never a native query. Query
 * text is assembled from fixed fragments only; everything a person typed is a parameter.
 */
@ApplicationScoped
public class JpaProblems implements Problems {

    private static final String STATUS_ORDER = caseOrder("p.status", ProblemStatus.values());
    private static final String PRIORITY_ORDER = caseOrder("p.priority", ProblemPriority.values());

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Problem> findByReference(ProblemReference reference) {
        return entityManager
                .createQuery("SELECT p FROM Problem p WHERE p.reference = :reference", Problem.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Problem> search(
            Set<Visibility> visibilities, ProblemFilter filter, ProblemSort sort, PageRequest pageRequest) {
        if (visibilities.isEmpty()) {
            return new Page<>(List.of(), pageRequest.page(), pageRequest.size(), 0);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE p.visibility IN :visibilities");
        parameters.put("visibilities", visibilities);
        if (!filter.statuses().isEmpty()) {
            where.append(" AND p.status IN :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (!filter.priorities().isEmpty()) {
            where.append(" AND p.priority IN :priorities");
            parameters.put("priorities", filter.priorities());
        }
        if (filter.theme() != null) {
            where.append(" AND EXISTS (SELECT t FROM ProblemTheme t WHERE t.problem = p AND t.themeId = :theme)");
            parameters.put("theme", filter.theme());
        }
        if (filter.groupAffected() != null) {
            // The column's collation compares without regard to case, as the labels were de-duplicated.
            where.append(
                    " AND EXISTS (SELECT g FROM ProblemGroupAffected g WHERE g.problem = p AND g.label = :groupAffected)");
            parameters.put("groupAffected", filter.groupAffected());
        }
        SearchText text = filter.text();
        if (text != null && text.hasIndexedWord()) {
            // Natural language mode treats every character as text: nothing typed can act as an operator.
            where.append(" AND SQL('MATCH(?, ?, ?) AGAINST (? IN NATURAL LANGUAGE MODE)',"
                    + " p.title, p.summary, p.description, :text) > 0");
            parameters.put("text", text.value());
        } else if (text != null) {
            // Words shorter than the full-text index's minimum are not in it: look for the text itself.
            where.append(" AND (p.title LIKE :pattern ESCAPE '!' OR p.summary LIKE :pattern ESCAPE '!')");
            parameters.put("pattern", text.containsPattern());
        }

        TypedQuery<Problem> select =
                entityManager.createQuery("SELECT p FROM Problem p" + where + orderBy(sort), Problem.class);
        Query count = entityManager.createQuery("SELECT COUNT(p) FROM Problem p" + where);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Problem> items = select.setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size())
                .getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, pageRequest.page(), pageRequest.size(), total);
    }

    private static String orderBy(ProblemSort sort) {
        String direction = sort.ascending() ? " ASC" : " DESC";
        String key =
                switch (sort.key()) {
                    case REFERENCE -> null;
                    case TITLE -> "p.title";
                    case STATUS -> STATUS_ORDER;
                    case PRIORITY -> PRIORITY_ORDER;
                    case UPDATED -> "p.updatedAt";
                    case CREATED -> "p.createdAt";
                };
        // References are handed out in id order, so ordering by id is ordering by reference number.
        return key == null ? " ORDER BY p.id" + direction : " ORDER BY " + key + direction + ", p.id" + direction;
    }

    /** Orders an enum column by the enum's declared order rather than alphabetically. */
    private static String caseOrder(String path, Enum<?>[] constants) {
        StringBuilder order = new StringBuilder("CASE");
        for (Enum<?> constant : constants) {
            order.append(" WHEN ")
                    .append(path)
                    .append(" = ")
                    .append(constant.getDeclaringClass().getName())
                    .append('.')
                    .append(constant.name())
                    .append(" THEN ")
                    .append(constant.ordinal());
        }
        // JPQL requires an ELSE; no stored value reaches it.
        return order.append(" ELSE ").append(constants.length).append(" END").toString();
    }

    @Override
    public void add(Problem problem) {
        entityManager.persist(problem);
        entityManager.flush();
    }

    @Override
    public void remove(Problem problem) {
        entityManager.remove(problem);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("SELECT COUNT(p) FROM Problem p", Long.class)
                .getSingleResult();
    }

    @Override
    public Map<ProblemStatus, Long> countByStatus() {
        Map<ProblemStatus, Long> counts = new EnumMap<>(ProblemStatus.class);
        entityManager
                .createQuery("SELECT p.status, COUNT(p) FROM Problem p GROUP BY p.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ProblemStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<String, Long> countByTheme() {
        Map<String, Long> counts = new LinkedHashMap<>();
        entityManager
                .createQuery(
                        "SELECT t.themeId, COUNT(t) FROM ProblemTheme t GROUP BY t.themeId ORDER BY COUNT(t) DESC",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void addChanges(List<ProblemChange> changes) {
        changes.forEach(entityManager::persist);
    }

    @Override
    public List<ProblemChange> changesOf(Problem problem) {
        return changesSince(problem, 0);
    }

    /**
     * Oldest first; the fields of one edit in the order of the form, whatever order the entity
     * manager wrote their rows in.
     */
    @Override
    public List<ProblemChange> changesSince(Problem problem, long version) {
        return entityManager
                .createQuery(
                        "SELECT c FROM ProblemChange c WHERE c.problemId = :problem AND c.fromVersion >= :version",
                        ProblemChange.class)
                .setParameter("problem", problem.id())
                .setParameter("version", version)
                .getResultStream()
                .sorted(Comparator.comparingLong(ProblemChange::fromVersion)
                        .thenComparing(ProblemChange::at)
                        .thenComparing(ProblemChange::field))
                .toList();
    }

    @Override
    public void forgetSession(long sessionId) {
        // A JPQL bulk update: EclipseLink adds the partnership filter as to any query on the entity.
        entityManager
                .createQuery("UPDATE EvidenceItem e SET e.sessionId = NULL WHERE e.sessionId = :session")
                .setParameter("session", sessionId)
                .executeUpdate();
    }
}
