package org.ctphub.domain.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The groups of people a problem affects, as short labels a partnership writes itself ("older
 * people", "carers"). Labels are trimmed, blank ones dropped and repeats ignored whatever their
 * case; the first spelling is kept.
 */
public final class GroupsAffected {

    public static final String FIELD = "groupsAffected";
    public static final int MAX_LABEL_LENGTH = 80;
    public static final int MAX_GROUPS = 12;

    private GroupsAffected() {}

    public static List<String> normalise(Collection<String> labels) {
        List<String> kept = new ArrayList<>();
        if (labels == null) {
            return kept;
        }
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            if (label == null || label.isBlank()) {
                continue;
            }
            String trimmed = label.strip();
            if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException(FIELD, Refusal.of("problem.groups.one-line"));
            }
            if (trimmed.codePointCount(0, trimmed.length()) > MAX_LABEL_LENGTH) {
                throw new InvalidInputException(FIELD, Refusal.of("problem.groups.too-long", MAX_LABEL_LENGTH));
            }
            if (seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                kept.add(trimmed);
            }
        }
        if (kept.size() > MAX_GROUPS) {
            throw new InvalidInputException(FIELD, Refusal.of("problem.groups.too-many", MAX_GROUPS));
        }
        return kept;
    }
}
