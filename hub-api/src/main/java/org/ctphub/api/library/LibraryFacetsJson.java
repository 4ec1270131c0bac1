package org.ctphub.api.library;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.ctphub.api.shared.ThemeJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values worth offering as the library's filters: the themes, languages and licences its
 * published solutions hold, and every kind, maturity and sort the list takes.
 *
 * @param themes the themes published solutions are filed under, named in English and Welsh
 */
@JsonbPropertyOrder({"themes", "languages", "licences", "kinds", "maturities", "sorts"})
@Schema(
        description = "The values worth offering as the library's filters",
        requiredProperties = {"themes", "languages", "licences", "kinds", "maturities", "sorts"})
public record LibraryFacetsJson(
        List<ThemeJson> themes,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "ISO 639 codes of the languages published solutions work in")
        List<String> languages,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "SPDX identifiers of the licences published solutions have")
        List<String> licences,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Every kind of solution, for kind",
                enumeration = {"software", "service-or-practice", "hardware", "toolkit"})
        List<String> kinds,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Every maturity, for maturity",
                enumeration = {"idea", "prototype", "pilot", "in-use", "mature"})
        List<String> maturities,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Every order of the list, for sort",
                enumeration = {"relevance", "name", "recent"})
        List<String> sorts) {}
