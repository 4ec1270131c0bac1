package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.problem.EditConflictException;
import org.ctphub.domain.problem.ProblemValues;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 409 answer to an edit that started from an old version: RFC 9457 problem details whose
 * extension members say who changed the problem last and when, and carry its current version and
 * values and every field changed since their version, so that the editor can decide again without
 * another request. Nothing was saved.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({
    "type",
    "title",
    "status",
    "detail",
    "reference",
    "yourVersion",
    "currentVersion",
    "changedBy",
    "changedAt",
    "current",
    "changes"
})
@Schema(
        description =
                "Problem details of an edit refused because the problem changed since the version it started from",
        requiredProperties = {"type", "title", "status", "detail", "reference", "yourVersion", "currentVersion"})
public record ProblemConflictJson(
        @Schema(description = "Always about:blank") String type,
        @Schema(description = "Always Conflict") String title,
        @Schema(description = "Always 409") int status,
        String detail,
        @Schema(example = "HMS-0042") String reference,

        @Schema(description = "The version the refused edit started from")
        long yourVersion,

        @Schema(description = "The version now saved; start the edit again from it")
        long currentVersion,

        @Schema(description = "Who saved the current version")
        String changedBy,

        Instant changedAt,
        CurrentValues current,

        // Every field changed since yourVersion, oldest first. Not annotated: Payara then describes
        // the list's items as bare arrays instead of a reference to FieldChangeJson.
        List<FieldChangeJson> changes) {

    /** Every editable field as it is now. */
    @JsonbPropertyOrder({
        "title",
        "summary",
        "description",
        "themes",
        "groupsAffected",
        "place",
        "wardCode",
        "priority",
        "visibility",
        "status"
    })
    @Schema(
            description = "Every editable field of the problem as it is now",
            requiredProperties = {"title", "summary", "themes", "groupsAffected", "priority", "visibility", "status"})
    public record CurrentValues(
            String title,
            String summary,
            @Schema(description = "Markdown") String description,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = String.class,
                    description = "Theme ids of the partnership's taxonomy")
            List<String> themes,

            List<String> groupsAffected,
            String place,
            String wardCode,

            @Schema(enumeration = {"low", "medium", "high", "urgent"})
            String priority,

            @Schema(enumeration = {"partnership", "network", "public"})
            String visibility,

            @Schema(enumeration = {"raised", "exploring", "co-designing", "trying-a-solution", "solved", "parked"})
            String status) {

        static CurrentValues of(ProblemValues values) {
            return new CurrentValues(
                    values.title(),
                    values.summary(),
                    values.description(),
                    values.themes(),
                    values.groupsAffected(),
                    values.place(),
                    values.wardCode(),
                    ApiNames.of(values.priority()),
                    ApiNames.of(values.visibility()),
                    ApiNames.of(values.status()));
        }
    }

    static ProblemConflictJson of(EditConflictException conflict) {
        return new ProblemConflictJson(
                "about:blank",
                "Conflict",
                409,
                conflict.getMessage(),
                conflict.reference(),
                conflict.expectedVersion(),
                conflict.currentVersion(),
                conflict.lastChangedBy().map(a -> a.name()).orElse(null),
                conflict.lastChangedAt(),
                conflict.current() == null ? null : CurrentValues.of(conflict.current()),
                conflict.changesSince().stream().map(FieldChangeJson::of).toList());
    }
}
