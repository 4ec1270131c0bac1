package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.problem.EditConflictException.FieldChangeBy;
import org.ctphub.domain.problem.FieldChange;
import org.ctphub.domain.problem.ProblemChange;
import org.ctphub.domain.problem.ProblemField;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.Visibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One field of a problem changed: its name as in requests, what it was and what it became (list
 * fields as arrays in {@code beforeItems}/{@code afterItems}, others as text in
 * {@code before}/{@code after}; an absent value was empty), who changed it and when.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"field", "before", "after", "beforeItems", "afterItems", "changedBy", "changedAt"})
@Schema(
        description = "One field of a problem changed: before, after, who and when",
        requiredProperties = {"field", "changedBy", "changedAt"})
public record FieldChangeJson(
        @Schema(description = "The field's name as in requests, e.g. title, themes, priority")
        String field,

        @Schema(description = "The value before, for fields that are not lists; absent when it was empty")
        String before,

        @Schema(description = "The value after, for fields that are not lists; absent when it became empty")
        String after,

        @Schema(description = "The items before, for themes (ids) and groupsAffected")
        List<String> beforeItems,

        @Schema(description = "The items after, for themes (ids) and groupsAffected")
        List<String> afterItems,

        @Schema(description = "Display name of who changed it")
        String changedBy,

        Instant changedAt) {

    static FieldChangeJson of(ProblemChange change) {
        return of(change.change(), change.by(), change.at());
    }

    static FieldChangeJson of(FieldChangeBy change) {
        return of(change.change(), change.by(), change.at());
    }

    private static FieldChangeJson of(FieldChange change, Actor by, Instant at) {
        ProblemField field = change.field();
        if (field.isList()) {
            return new FieldChangeJson(
                    field.inputName(), null, null, change.beforeItems(), change.afterItems(), by.name(), at);
        }
        return new FieldChangeJson(
                field.inputName(),
                apiValue(field, change.before()),
                apiValue(field, change.after()),
                null,
                null,
                by.name(),
                at);
    }

    /** Enum values in their API form ({@code trying-a-solution}), as everywhere else in the API. */
    private static String apiValue(ProblemField field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case PRIORITY -> ApiNames.of(ProblemPriority.valueOf(value));
            case VISIBILITY -> ApiNames.of(Visibility.valueOf(value));
            case STATUS -> ApiNames.of(ProblemStatus.valueOf(value));
            default -> value;
        };
    }
}
