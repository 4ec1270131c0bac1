package org.ctphub.domain.partnership;

import org.ctphub.domain.shared.NotFoundException;

public class PartnershipNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public PartnershipNotFoundException() {
        super("There is no partnership at this address.");
    }
}
