package org.ctphub.domain.session;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Visibility;

/**
 * Which sessions of the current partnership to list. Every part is optional but the
 * visibilities, which the application narrows to what the caller may read.
 *
 * @param problemId only sessions linked to this problem
 * @param text words to look for in title, notes, decisions and actions
 */
public record SessionCriteria(
        Set<Visibility> visibilities,
        SessionFormat format,
        LocalDate from,
        LocalDate to,
        Long problemId,
        Optional<SearchText> text,
        SessionSort sort) {

    public SessionCriteria {
        visibilities = visibilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(visibilities));
        text = Objects.requireNonNullElse(text, Optional.empty());
        sort = Objects.requireNonNullElse(sort, SessionSort.newestFirst());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", Refusal.of("session.from-after-to"));
        }
    }
}
