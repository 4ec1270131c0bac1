package org.ctphub.web.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.partnership.PartnershipGroups.Member;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipNotFoundException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.UnavailableException;
import org.ctphub.web.Pages;

/**
 * Backs {@code p/workspace/members.xhtml}: the people in the partnership's Keycloak group, read
 * live from Keycloak so the list is never stale. Behind {@code WorkspaceGate}.
 */
@Named
@RequestScoped
public class MembersBacking {

    private static final Logger LOG = Logger.getLogger(MembersBacking.class.getName());

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    PartnershipDirectory directory;

    private Partnership partnership;
    private List<Member> members = List.of();
    private boolean unavailable;

    public void load() {
        try {
            partnership =
                    directory.find(currentPartnership.require().slug()).orElseThrow(PartnershipNotFoundException::new);
            members = directory.members(partnership.slug());
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (UnavailableException e) {
            // Keycloak did not answer: say so on the page rather than fail it.
            LOG.log(Level.WARNING, "Could not list members: " + e.getMessage(), e.getCause());
            unavailable = true;
        }
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public List<Member> getMembers() {
        return members;
    }

    public boolean isUnavailable() {
        return unavailable;
    }
}
