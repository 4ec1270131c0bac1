package org.ctphub.domain.problem;

import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;

public class ProblemNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ProblemNotFoundException() {
        super(Refusal.of("problem.not-found"));
    }
}
