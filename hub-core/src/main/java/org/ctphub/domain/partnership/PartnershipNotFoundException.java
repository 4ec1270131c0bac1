package org.ctphub.domain.partnership;

import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;

public class PartnershipNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public PartnershipNotFoundException() {
        super(Refusal.of("partnership.not-found"));
    }
}
