package org.ctphub.api.partnership;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partnership as the public sees it. */
@JsonbPropertyOrder({"slug", "name", "nation", "englishRegion", "place", "status", "profile"})
@Schema(
        description = "A partnership of the network",
        requiredProperties = {"slug", "name", "nation", "status", "profile"})
public record PartnershipJson(
        @Schema(description = "Names the partnership in every path", maxLength = PartnershipSlug.MAX_LENGTH)
        String slug,

        @Schema(maxLength = Partnership.MAX_NAME_LENGTH) String name,

        @Schema(enumeration = {"england", "wales", "scotland", "northern-ireland"})
        String nation,

        @Schema(
                description = "Only for a partnership in England",
                enumeration = {
                    "north-east",
                    "north-west",
                    "yorkshire-and-the-humber",
                    "east-midlands",
                    "west-midlands",
                    "east-of-england",
                    "london",
                    "south-east",
                    "south-west"
                })
        String englishRegion,

        @Schema(maxLength = Partnership.MAX_PLACE_LENGTH) String place,

        @Schema(
                description = "Only active and paused partnerships are public",
                enumeration = {"onboarding", "active", "paused", "closed"})
        String status,

        LocalisedText profile) {

    /** The same text in English and in Welsh; either may be absent. */
    @Schema(description = "The same text in English and in Welsh; either may be absent")
    public record LocalisedText(
            @Schema(maxLength = Partnership.MAX_PROFILE_LENGTH)
            String en,

            @Schema(maxLength = Partnership.MAX_PROFILE_LENGTH)
            String cy) {}

    public static PartnershipJson of(Partnership partnership) {
        return new PartnershipJson(
                partnership.slug().value(),
                partnership.name(),
                ApiNames.of(partnership.region().nation()),
                partnership.region().englishRegion().map(ApiNames::of).orElse(null),
                partnership.place().orElse(null),
                ApiNames.of(partnership.status()),
                new LocalisedText(
                        partnership.profileEn().orElse(null),
                        partnership.profileCy().orElse(null)));
    }
}
