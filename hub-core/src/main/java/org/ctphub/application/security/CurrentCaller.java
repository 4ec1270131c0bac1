package org.ctphub.application.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;

/** The caller of this request, set once at the edge from the verified token; anonymous until then. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.anonymous();

    public void identify(Caller identified) {
        this.caller = Objects.requireNonNull(identified, "identified");
    }

    public Caller get() {
        return caller;
    }
}
