package org.ctphub.api.partnership;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.partnership.Partnership;

/** A partnership as the public sees it. */
@JsonbPropertyOrder({"slug", "name", "nation", "englishRegion", "place", "status", "profile"})
public record PartnershipJson(
        String slug,
        String name,
        String nation,
        String englishRegion,
        String place,
        String status,
        LocalisedText profile) {

    /** The same text in English and in Welsh; either may be absent. */
    public record LocalisedText(String en, String cy) {}

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
