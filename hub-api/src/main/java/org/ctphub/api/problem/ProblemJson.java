package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
@Schema(description = "A problem with everything the caller may read of it")
public record ProblemJson(
        String reference,
        String title,
        String summary,
        String description,
        String descriptionHtml,
        List<ThemeJson> themes,
        List<String> groupsAffected,
        String place,
        String wardCode,
        String status,
        List<String> nextStatuses,
        String priority,
        String visibility,
        List<StatusChangeJson> history,
        List<EvidenceJson> evidence,
        List<SessionLinkJson> sessions,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        long version) {

    /** A theme of the partnership's taxonomy, named in English and Welsh (absent if the taxonomy lost it). */
    @JsonbPropertyOrder({"id", "en", "cy"})
    public record ThemeJson(String id, String en, String cy) {}

    /** One step of the history; {@code from} is absent for the first, {@code by} outside the partnership. */
    @JsonbPropertyOrder({"from", "to", "why", "by", "at"})
    public record StatusChangeJson(String from, String to, String why, String by, Instant at) {}

    @JsonbPropertyOrder({"id", "title", "date"})
    public record SessionLinkJson(long id, String title, LocalDate date) {}
}
