package org.ctphub.application.partnership;

import org.ctphub.domain.partnership.EnglishRegion;
import org.ctphub.domain.partnership.Nation;

/** What it takes to register a partnership. Checked by the domain when the partnership is built. */
public record NewPartnership(
        String slug,
        String name,
        Nation nation,
        EnglishRegion englishRegion,
        String place,
        String referencePrefix,
        String templateId,
        String profileEn,
        String profileCy) {}
