package org.ctphub.domain.session;

import java.util.List;
import java.util.Optional;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;

/**
 * The co-design sessions of the current partnership. Every implementation is bound to one
 * partnership; there is no way to name another one here.
 */
public interface CoDesignSessions {

    Optional<CoDesignSession> find(long id);

    /** Finds a session and holds it until the transaction ends, so that changes to it queue up. */
    Optional<CoDesignSession> findForUpdate(long id);

    Page<CoDesignSession> list(SessionCriteria criteria, PageRequest pageRequest);

    /** The problems a session is linked to, in the order they were raised. */
    List<Problem> linkedProblems(CoDesignSession session);

    /** Stores a new session; it has its id on return. */
    void add(CoDesignSession session);

    /** Writes pending changes now, so that new quotes have ids and the version has moved. */
    void flush();

    void remove(CoDesignSession session);
}
