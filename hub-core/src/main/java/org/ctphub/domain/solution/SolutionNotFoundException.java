package org.ctphub.domain.solution;

import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;

/**
 * No such solution here, or none the caller may see: a draft of another partnership answers
 * exactly like a solution that does not exist.
 */
public class SolutionNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public SolutionNotFoundException() {
        super(Refusal.of("solution.not-found"));
    }
}
