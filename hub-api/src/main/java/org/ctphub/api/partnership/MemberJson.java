package org.ctphub.api.partnership;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.ctphub.application.partnership.PartnershipGroups;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of a partnership: who they are and their roles, nothing more. */
@JsonbPropertyOrder({"username", "displayName", "roles"})
@Schema(
        description = "A member of a partnership",
        requiredProperties = {"username", "roles"})
public record MemberJson(
        String username,
        String displayName,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Sorted",
                enumeration = {"central-team", "tech-advisor", "organiser"})
        List<String> roles) {

    public static MemberJson of(PartnershipGroups.Member member) {
        return new MemberJson(
                member.username(),
                member.displayName(),
                member.roles().stream().sorted().toList());
    }
}
