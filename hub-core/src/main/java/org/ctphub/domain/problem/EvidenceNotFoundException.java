package org.ctphub.domain.problem;

import org.ctphub.domain.shared.NotFoundException;

public class EvidenceNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public EvidenceNotFoundException() {
        super("This problem has no evidence with this id.");
    }
}
