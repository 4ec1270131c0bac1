package org.ctphub.domain.problem;

import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;

/**
 * The problems of the current partnership. Every implementation is bound to one partnership;
 * there is no way to name another one here.
 */
public interface Problems {

    Optional<Problem> findByReference(ProblemReference reference);

    Page<Problem> list(Set<Visibility> visibilities, PageRequest pageRequest);

    void add(Problem problem);

    void remove(Problem problem);

    long count();
}
