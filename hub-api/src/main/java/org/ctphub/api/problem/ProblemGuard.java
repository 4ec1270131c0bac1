package org.ctphub.api.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Access;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.UnauthenticatedException;

/**
 * The checks every problem endpoint makes before its use case, in the order that tells a caller
 * no more than they may know: no sign-in is 401; a problem they may not read is 404 exactly like
 * a missing one, whatever they meant to do with it; only then may a refusal of the function
 * itself (403) say that it exists.
 */
@RequestScoped
public class ProblemGuard {

    @Inject
    PartnershipDirectory directory;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    ProblemRegister register;

    @Inject
    Access access;

    /** A partnership still onboarding is not public yet, and neither is anything in it. */
    public void requirePublicPartnership() {
        directory.getPublic(currentPartnership.require().slug());
    }

    public void requireSignedIn() {
        if (!access.caller().isSignedIn()) {
            throw new UnauthenticatedException();
        }
    }

    /** The problem with this reference if the caller may read it; a malformed or non-canonical one is missing. */
    public Problem readable(String reference) {
        if (!ProblemReference.isWellFormed(reference)) {
            throw new ProblemNotFoundException();
        }
        ProblemReference parsed = ProblemReference.parse(reference);
        if (!parsed.toString().equals(reference)) {
            throw new ProblemNotFoundException();
        }
        return register.getReadable(parsed);
    }
}
