package org.ctphub.domain.problem;

import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;

public class EvidenceNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public EvidenceNotFoundException() {
        super(Refusal.of("problem.evidence.not-found"));
    }
}
