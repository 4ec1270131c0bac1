package org.ctphub.domain.partnership;

import java.util.regex.Pattern;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/** The short, stable, URL-safe name of a partnership, e.g. {@code hulme-moss-side}. */
public record PartnershipSlug(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public PartnershipSlug {
        if (!isValid(value)) {
            throw new InvalidInputException("slug", Refusal.of("partnership.slug.format", MAX_LENGTH));
        }
    }

    public static boolean isValid(String value) {
        return value != null
                && value.length() >= 2
                && value.length() <= MAX_LENGTH
                && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
