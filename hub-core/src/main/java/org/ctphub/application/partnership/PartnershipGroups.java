package org.ctphub.application.partnership;

import java.util.List;
import java.util.Set;
import org.ctphub.domain.partnership.PartnershipSlug;

/**
 * The port to the identity provider's partnership groups: membership of a partnership is
 * membership of its group, so creating a partnership creates its group.
 */
public interface PartnershipGroups {

    /** Creates the partnership's group unless it exists already. */
    void ensureGroup(PartnershipSlug partnership);

    /** The people in the partnership's group, by name. */
    List<Member> members(PartnershipSlug partnership);

    /** A member of a partnership as the hub shows them: never a password, never more than needed. */
    record Member(String username, String displayName, Set<String> roles) {

        public Member {
            roles = Set.copyOf(roles);
        }
    }
}
