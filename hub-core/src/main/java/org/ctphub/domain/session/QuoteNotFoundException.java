package org.ctphub.domain.session;

import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;

public class QuoteNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public QuoteNotFoundException() {
        super(Refusal.of("session.quote.not-found"));
    }
}
