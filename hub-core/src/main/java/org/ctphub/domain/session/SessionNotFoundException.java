package org.ctphub.domain.session;

import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;

public class SessionNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public SessionNotFoundException() {
        super(Refusal.of("session.not-found"));
    }
}
