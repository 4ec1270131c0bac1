package org.ctphub.domain.session;

import org.ctphub.domain.shared.NotFoundException;

public class SessionNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public SessionNotFoundException() {
        super("There is no co-design session with this id in this partnership.");
    }
}
