package org.ctphub.web.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.PartnershipSlug;

/** Backs the signed-in layout ({@code WEB-INF/templates/workspace.xhtml}): who is signed in and where they may go. */
@Named
@RequestScoped
public class SignedInBacking {

    @Inject
    Access access;

    @Inject
    CurrentPartnership currentPartnership;

    public Caller getCaller() {
        return access.caller();
    }

    public boolean isCentralTeam() {
        return access.caller().has(Role.CENTRAL_TEAM);
    }

    /**
     * Whether the caller is a tech advisor of the partnership in the path: the one who may change
     * its solutions, so pages offer the buttons for it to them only (the services check again).
     */
    public boolean isTechAdvisor() {
        Caller caller = access.caller();
        return caller.has(Role.TECH_ADVISOR)
                && currentPartnership
                        .find()
                        .map(PartnershipRef::slug)
                        .filter(caller::isMemberOf)
                        .isPresent();
    }

    /** The slug of the partnership in the path, or null on pages outside any partnership. */
    public String getPartnershipSlug() {
        return currentPartnership
                .find()
                .map(PartnershipRef::slug)
                .map(PartnershipSlug::value)
                .orElse(null);
    }

    /** The partnerships the caller belongs to, for moving between workspaces. */
    public List<String> getMemberships() {
        return access.caller().partnerships().stream()
                .map(PartnershipSlug::value)
                .sorted()
                .toList();
    }
}
