package org.ctphub.api.partnership;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.ctphub.application.partnership.PartnershipGroups;

/** A member of a partnership: who they are and their roles, nothing more. */
@JsonbPropertyOrder({"username", "displayName", "roles"})
public record MemberJson(String username, String displayName, List<String> roles) {

    public static MemberJson of(PartnershipGroups.Member member) {
        return new MemberJson(
                member.username(),
                member.displayName(),
                member.roles().stream().sorted().toList());
    }
}
