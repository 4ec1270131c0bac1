package org.ctphub.application.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The caller of this request, read once from the verified principal when first asked for;
 * anonymous when nothing verified one. Work without a request of its own (seeding, tests) names
 * its caller with {@link #identify}.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    Instance<CallerSource> sources;

    private Caller caller;

    public void identify(Caller identified) {
        this.caller = Objects.requireNonNull(identified, "identified");
    }

    public Caller get() {
        if (caller == null) {
            caller = sources != null && sources.isResolvable() ? sources.get().identify() : Caller.anonymous();
        }
        return caller;
    }
}
