package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.session.CoDesignSession;
import org.ctphub.domain.session.CoDesignSessions;
import org.ctphub.domain.session.SearchText;
import org.ctphub.domain.session.SessionCriteria;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;

/**
 * No query here names a partnership: EclipseLink adds the tenant to each of them, including the
 * full-text search, which is JPQL with EclipseLink's {@code SQL()} operator rather than native SQL
 * for exactly that reason.
 */
@ApplicationScoped
public class JpaCoDesignSessions implements CoDesignSessions {

    /** The column list must match the FULLTEXT index of V4 exactly, or MariaDB refuses the MATCH. */
    private static final String FULL_TEXT = "SQL('MATCH(?, ?, ?, ?) AGAINST (? IN NATURAL LANGUAGE MODE)',"
            + " s.title, s.notes, s.decisions, s.actions, :text) > 0";

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<CoDesignSession> find(long id) {
        return byId(id, LockModeType.NONE);
    }

    @Override
    public Optional<CoDesignSession> findForUpdate(long id) {
        return byId(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<CoDesignSession> byId(long id, LockModeType lock) {
        return entityManager
                .createQuery("SELECT s FROM CoDesignSession s WHERE s.id = :id", CoDesignSession.class)
                .setParameter("id", id)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<CoDesignSession> list(SessionCriteria criteria, PageRequest pageRequest) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        TypedQuery<CoDesignSession> select = entityManager
                .createQuery(
                        "SELECT s FROM CoDesignSession s" + where + orderBy(criteria.sort()), CoDesignSession.class)
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size());
        TypedQuery<Long> count =
                entityManager.createQuery("SELECT COUNT(s) FROM CoDesignSession s" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(select.getResultList(), pageRequest.page(), pageRequest.size(), count.getSingleResult());
    }

    /** Only fixed fragments are joined here; every value the caller chose is a bound parameter. */
    private static String where(SessionCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE s.visibility IN :visibilities");
        parameters.put("visibilities", criteria.visibilities());
        if (criteria.format() != null) {
            where.append(" AND s.format = :format");
            parameters.put("format", criteria.format());
        }
        if (criteria.from() != null) {
            where.append(" AND s.sessionDate >= :from");
            parameters.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" AND s.sessionDate <= :to");
            parameters.put("to", criteria.to());
        }
        if (criteria.problemId() != null) {
            where.append(" AND EXISTS (SELECT l FROM SessionProblemLink l"
                    + " WHERE l.sessionId = s.id AND l.problemId = :problemId)");
            parameters.put("problemId", criteria.problemId());
        }
        criteria.text().ifPresent(text -> {
            if (text.usesFullText()) {
                where.append(" AND ").append(FULL_TEXT);
                parameters.put("text", text.text());
            } else {
                where.append(" AND s.title LIKE :titlePattern ESCAPE '")
                        .append(SearchText.likeEscape())
                        .append("'");
                parameters.put("titlePattern", text.likePattern());
            }
        });
        return where.toString();
    }

    private static String orderBy(SessionSort sort) {
        String direction = sort.ascending() ? " ASC" : " DESC";
        String field =
                switch (sort.key()) {
                    case DATE -> "s.sessionDate";
                    case TITLE -> "s.title";
                    case UPDATED -> "s.updatedAt";
                };
        return " ORDER BY " + field + direction + ", s.id" + direction;
    }

    @Override
    public List<Problem> linkedProblems(CoDesignSession session) {
        if (session.linkedProblemIds().isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery("SELECT p FROM Problem p WHERE p.id IN :ids ORDER BY p.id", Problem.class)
                .setParameter("ids", session.linkedProblemIds())
                .getResultList();
    }

    @Override
    public void add(CoDesignSession session) {
        entityManager.persist(session);
        entityManager.flush();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public void remove(CoDesignSession session) {
        entityManager.remove(session);
    }
}
