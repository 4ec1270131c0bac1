package org.ctphub.domain.partnership;

import java.util.Locale;
import java.util.Objects;

/** One theme of a partnership's taxonomy, e.g. {@code loneliness}, named in English and Welsh. */
public record Theme(String id, String nameEn, String nameCy) {

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameCy, "nameCy");
    }

    public String nameFor(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
