package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ctphub.api.shared.ThemeJson;
import org.ctphub.domain.problem.GroupsAffected;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemStatusChange;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A problem with everything a reader may see of it. Names of the people who changed it appear
 * only to its partnership's members and the central team, as for co-design sessions. Built by
 * {@link ProblemViews}.
 *
 * @param description the Markdown source as written
 * @param descriptionHtml the description rendered and sanitised: safe to put in any page
 * @param nextStatuses the statuses the problem may move to now
 * @param sessions the co-design sessions linked to the problem that the caller may read
 * @param version what to send back with an edit or a status change; also the ETag
 */
@JsonbPropertyOrder({
    "reference",
    "title",
    "summary",
    "description",
    "descriptionHtml",
    "themes",
    "groupsAffected",
    "place",
    "wardCode",
    "status",
    "nextStatuses",
    "priority",
    "visibility",
    "history",
    "evidence",
    "sessions",
    "createdAt",
    "updatedAt",
    "updatedBy",
    "version"
})
@Schema(
        description = "A problem with everything the caller may read of it",
        requiredProperties = {
            "reference",
            "title",
            "summary",
            "themes",
            "groupsAffected",
            "status",
            "nextStatuses",
            "priority",
            "visibility",
            "history",
            "evidence",
            "sessions",
            "createdAt",
            "updatedAt",
            "version"
        })
public record ProblemJson(
        @Schema(description = "Given by the hub when the problem is raised", example = "HMS-0042")
        String reference,

        @Schema(maxLength = Problem.MAX_TITLE_LENGTH) String title,
        @Schema(maxLength = Problem.MAX_SUMMARY_LENGTH) String summary,

        @Schema(description = "Markdown, as written", maxLength = Problem.MAX_DESCRIPTION_LENGTH)
        String description,

        @Schema(description = "The description rendered and sanitised: safe to put in any page")
        String descriptionHtml,

        List<ThemeJson> themes,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                maxItems = GroupsAffected.MAX_GROUPS,
                maxLength = GroupsAffected.MAX_LABEL_LENGTH)
        List<String> groupsAffected,

        @Schema(maxLength = Problem.MAX_PLACE_LENGTH) String place,

        @Schema(description = "An ONS ward code", example = "E05011368")
        String wardCode,

        @Schema(enumeration = {"raised", "exploring", "co-designing", "trying-a-solution", "solved", "parked"})
        String status,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "The statuses the problem may move to now",
                enumeration = {"raised", "exploring", "co-designing", "trying-a-solution", "solved", "parked"})
        List<String> nextStatuses,

        @Schema(enumeration = {"low", "medium", "high", "urgent"})
        String priority,

        @Schema(enumeration = {"partnership", "network", "public"})
        String visibility,

        List<StatusChangeJson> history,

        List<EvidenceJson> evidence,

        List<SessionLinkJson> sessions,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "Who changed it last; only for the partnership's members and the central team")
        String updatedBy,

        @Schema(description = "Send it back with an edit or a status change; also the ETag")
        long version) {

    /** One step of the history; {@code from} is absent for the first, {@code by} outside the partnership. */
    @JsonbPropertyOrder({"from", "to", "why", "by", "at"})
    @Schema(
            description = "One step of a problem's history",
            requiredProperties = {"to", "at"})
    public record StatusChangeJson(
            @Schema(
                    description = "Absent for the first step",
                    enumeration = {"raised", "exploring", "co-designing", "trying-a-solution", "solved", "parked"})
            String from,

            @Schema(enumeration = {"raised", "exploring", "co-designing", "trying-a-solution", "solved", "parked"})
            String to,

            @Schema(maxLength = ProblemStatusChange.MAX_WHY_LENGTH)
            String why,

            @Schema(description = "Who made the change; only for the partnership's members and the central team")
            String by,

            Instant at) {}

    @JsonbPropertyOrder({"id", "title", "date"})
    @Schema(
            description = "A co-design session linked to a problem",
            requiredProperties = {"id", "title", "date"})
    public record SessionLinkJson(long id, String title, LocalDate date) {}
}
