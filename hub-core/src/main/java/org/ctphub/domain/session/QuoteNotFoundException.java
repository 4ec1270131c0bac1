package org.ctphub.domain.session;

import org.ctphub.domain.shared.NotFoundException;

public class QuoteNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public QuoteNotFoundException() {
        super("This co-design session has no quote with this id.");
    }
}
