package org.ctphub.domain.partnership;

import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Slugs;

/** The short, stable, URL-safe name of a partnership, e.g. {@code hulme-moss-side}. */
public record PartnershipSlug(String value) {

    public static final int MAX_LENGTH = Slugs.MAX_LENGTH;

    public PartnershipSlug {
        if (!isValid(value)) {
            throw new InvalidInputException("slug", Refusal.of("partnership.slug.format", MAX_LENGTH));
        }
    }

    public static boolean isValid(String value) {
        return Slugs.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
