package org.ctphub.domain.problem;

import org.ctphub.domain.shared.NotFoundException;

public class ProblemNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ProblemNotFoundException() {
        super("There is no problem with this reference in this partnership.");
    }
}
