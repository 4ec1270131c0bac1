package org.ctphub.api.partnership;

import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partnership to onboard. It starts onboarding, hidden from the public until activated. */
@Schema(
        description = "A partnership to onboard; it starts onboarding, hidden from the public until activated",
        requiredProperties = {"slug", "name", "nation", "referencePrefix"})
public record NewPartnershipJson(
        @Schema(
                description = "Lower-case letters and digits in words joined by hyphens",
                minLength = 2,
                maxLength = PartnershipSlug.MAX_LENGTH,
                example = "hulme-moss-side")
        String slug,

        @Schema(maxLength = Partnership.MAX_NAME_LENGTH) String name,

        @Schema(enumeration = {"england", "wales", "scotland", "northern-ireland"})
        String nation,

        @Schema(
                description = "Required in England, and only there",
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
                description = "Starts every problem reference of the partnership: 2 to 6 capital letters",
                example = "HMS")
        String referencePrefix,

        @Schema(description = "A template to start from, one of those the hub offers")
        String templateId,

        PartnershipJson.LocalisedText profile) {}
