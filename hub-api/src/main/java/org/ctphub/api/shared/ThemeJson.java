package org.ctphub.api.shared;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import java.util.Optional;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A theme of the partnership's taxonomy, named in English and Welsh (absent if the taxonomy lost it). */
@JsonbPropertyOrder({"id", "en", "cy"})
@Schema(description = "A theme of the partnership's taxonomy", requiredProperties = "id")
public record ThemeJson(
        @Schema(description = "The theme's id in the taxonomy")
        String id,

        @Schema(description = "Its name in English") String en,
        @Schema(description = "Its name in Welsh") String cy) {

    /** The theme with this id, named as the taxonomy names it. */
    public static ThemeJson of(Taxonomy taxonomy, String id) {
        return of(id, taxonomy.find(id));
    }

    /**
     * The theme with this id, named by whichever of the network's templates has it: the public
     * library's solutions come from every partnership's taxonomy.
     */
    public static ThemeJson of(Map<String, Theme> themes, String id) {
        return of(id, Optional.ofNullable(themes.get(id)));
    }

    private static ThemeJson of(String id, Optional<Theme> theme) {
        return new ThemeJson(
                id,
                theme.map(Theme::nameEn).orElse(null),
                theme.map(Theme::nameCy).orElse(null));
    }
}
