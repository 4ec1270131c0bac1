package org.ctphub.api.solution;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.solution.AccessibilityStatus;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.PersonalData;
import org.ctphub.domain.solution.SolutionChange;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.domain.solution.UpstreamChoice;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One field the upstream changed since the revision the fork is based on: its name as in
 * requests; for text and choices what it was and what it became (choices in their API form,
 * e.g. {@code in-use}; an absent value was empty); for themes and languages what was added and
 * removed; and what the fork decided about it, absent while it is still to decide.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"field", "before", "after", "added", "removed", "decision"})
@Schema(
        description = "One field the upstream changed since the fork's base revision, and the fork's decision",
        requiredProperties = {"field", "added", "removed"})
public record UpstreamChangeJson(
        @Schema(
                description = "The field's name as in requests, e.g. tagline, themes, monthlyCostPounds; also the "
                        + "{field} of the adopt and skip addresses")
        String field,

        @Schema(description = "The value in the fork's base revision, for fields that are not lists; absent when empty")
        String before,

        @Schema(
                description =
                        "The value in the upstream's latest revision, for fields that are not lists; absent when empty")
        String after,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "For themes (ids) and languages: what the latest revision added")
        List<String> added,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "For themes (ids) and languages: what the latest revision removed")
        List<String> removed,

        @Schema(
                description = "What the fork decided; absent while still to decide",
                enumeration = {"adopt", "skip"})
        String decision) {

    static UpstreamChangeJson of(SolutionChange change, UpstreamChoice decision) {
        return new UpstreamChangeJson(
                change.field().inputName(),
                apiValue(change.field(), change.before()),
                apiValue(change.field(), change.after()),
                change.added(),
                change.removed(),
                ApiNames.of(decision));
    }

    /** Choices in their API form ({@code service-or-practice}), as everywhere else in the API. */
    private static String apiValue(SolutionField field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case KIND -> ApiNames.of(SolutionKind.valueOf(value));
            case MATURITY -> ApiNames.of(Maturity.valueOf(value));
            case PERSONAL_DATA -> ApiNames.of(PersonalData.valueOf(value));
            case ACCESSIBILITY -> ApiNames.of(AccessibilityStatus.valueOf(value));
            case CONNECTIVITY -> ApiNames.of(Connectivity.valueOf(value));
            default -> value;
        };
    }
}
