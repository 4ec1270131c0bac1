package org.ctphub.domain.partnership;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The themes a partnership files its problems under: those of the template it was created from.
 * A partnership created without a template has none.
 */
public record Taxonomy(List<Theme> themes) {

    private static final Taxonomy EMPTY = new Taxonomy(List.of());

    public Taxonomy {
        themes = List.copyOf(themes);
    }

    public static Taxonomy empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return themes.isEmpty();
    }

    public Optional<Theme> find(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    /**
     * Checks theme ids chosen by a person and returns them without repeats, in the order given.
     *
     * @throws InvalidInputException naming {@code field} when an id is not in this taxonomy
     */
    public Set<String> requireAll(String field, Collection<String> ids) {
        Set<String> chosen = new LinkedHashSet<>();
        if (ids == null) {
            return chosen;
        }
        for (String id : ids) {
            if (isEmpty()) {
                throw new InvalidInputException(field, Refusal.of("partnership.themes.none"));
            }
            if (id == null) {
                throw new InvalidInputException(field, Refusal.of("partnership.themes.blank", ids()));
            }
            if (!contains(id)) {
                throw new InvalidInputException(field, Refusal.of("partnership.themes.unknown", shown(id), ids()));
            }
            chosen.add(id);
        }
        return chosen;
    }

    private List<String> ids() {
        return themes.stream().map(Theme::id).toList();
    }

    /** Echoes what was sent, short and on one line, so that a message never carries a whole payload. */
    private static String shown(String id) {
        return id.codePoints()
                .limit(64)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
