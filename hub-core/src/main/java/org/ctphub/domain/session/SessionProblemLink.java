package org.ctphub.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A problem of the same partnership that a session worked on. A row of its own rather than a
 * plain join table, so that EclipseLink writes and filters its {@code partnership_id} like any
 * other tenant-owned row.
 */
@Entity
@Table(name = "session_problem")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
@IdClass(SessionProblemLink.Key.class)
public class SessionProblemLink {

    @Id
    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Id
    @Column(name = "problem_id", nullable = false, updatable = false)
    private Long problemId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", insertable = false, updatable = false)
    private CoDesignSession session;

    protected SessionProblemLink() {
        // for JPA
    }

    SessionProblemLink(CoDesignSession session, long problemId) {
        this.session = Objects.requireNonNull(session, "session");
        this.sessionId = Objects.requireNonNull(session.id(), "a session is stored before it links problems");
        this.problemId = problemId;
    }

    public long problemId() {
        return problemId;
    }

    /** The primary key within a partnership; the partnership itself is the tenant discriminator. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long sessionId;
        private Long problemId;

        public Key() {}

        public Key(Long sessionId, Long problemId) {
            this.sessionId = sessionId;
            this.problemId = problemId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(sessionId, that.sessionId)
                    && Objects.equals(problemId, that.problemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, problemId);
        }
    }
}
