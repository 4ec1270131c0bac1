package org.ctphub.web.solution;

import java.util.Optional;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.solution.SolutionSlug;

/**
 * Where a published solution lives in the library, as the fork form's address names it:
 * {@code from=hulme-moss-side/events-calendar}, the same two parts as its library page
 * {@code /library/hulme-moss-side/events-calendar}.
 */
record UpstreamAddress(PartnershipSlug partnership, SolutionSlug solution) {

    /** Reads {@code partnership/solution}; empty for anything else. */
    static Optional<UpstreamAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2
                || !PartnershipSlug.isValid(parts[0])
                || !SolutionSlug.isValid(parts[1])
                || SolutionSlug.RESERVED.contains(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new UpstreamAddress(new PartnershipSlug(parts[0]), new SolutionSlug(parts[1])));
    }

    @Override
    public String toString() {
        return partnership.value() + "/" + solution.value();
    }
}
