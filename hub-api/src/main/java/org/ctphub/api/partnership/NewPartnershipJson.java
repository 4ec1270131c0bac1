package org.ctphub.api.partnership;

/** A partnership to onboard. It starts onboarding, hidden from the public until activated. */
public record NewPartnershipJson(
        String slug,
        String name,
        String nation,
        String englishRegion,
        String place,
        String referencePrefix,
        String templateId,
        PartnershipJson.LocalisedText profile) {}
