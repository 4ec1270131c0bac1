package org.ctphub.api.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.security.Access;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionSlug;

/**
 * The checks every solution endpoint makes before its use case, in the order that tells a caller
 * no more than they may know. A partnership that is not public has no solutions to anyone; no
 * sign-in is 401; to someone signed in who is neither a member nor in the central team the
 * workspace does not exist, so every address in it answers 404 exactly like a missing solution,
 * whatever was asked of it. Only a member (or the central team) may then be refused a function
 * (403) by the use case itself. The use cases refuse non-members with 403; this is where the API
 * turns that into "not found".
 */
@RequestScoped
public class SolutionGuard {

    @Inject
    PartnershipDirectory directory;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    Access access;

    /** @throws SolutionNotFoundException unless the caller is a member of this public partnership or in the central team */
    public void requireWorkspace() {
        directory.getPublic(currentPartnership.require().slug());
        if (!access.caller().isSignedIn()) {
            throw new UnauthenticatedException();
        }
        if (!access.canReadEverything(currentPartnership.require().slug())) {
            throw new SolutionNotFoundException();
        }
    }

    /** A solution's slug from a path; anything malformed names no solution, exactly like an unknown one. */
    public static SolutionSlug slug(String text) {
        if (!SolutionSlug.isValid(text)) {
            throw new SolutionNotFoundException();
        }
        return new SolutionSlug(text);
    }
}
