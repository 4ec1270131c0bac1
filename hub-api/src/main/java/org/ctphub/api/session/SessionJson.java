package org.ctphub.api.session;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.application.session.SessionView;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.session.CoDesignSession;
import org.ctphub.domain.session.SessionQuote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session as the caller may read it. Built from a {@link SessionView} only, which already left
 * out what this caller may not read: quotes without consent and the names of the people who wrote
 * it down, outside the partnership.
 *
 * @param notes Markdown source
 * @param notesHtml the notes rendered and sanitised, safe to put in a page
 * @param version send it back with an edit; the same value is the response's ETag
 */
@JsonbPropertyOrder({
    "id",
    "title",
    "date",
    "format",
    "place",
    "participants",
    "groupsRepresented",
    "notes",
    "notesHtml",
    "decisions",
    "actions",
    "visibility",
    "problems",
    "quotes",
    "recordedAt",
    "recordedBy",
    "updatedAt",
    "updatedBy",
    "version"
})
@Schema(
        description = "A co-design session as the caller may read it",
        requiredProperties = {
            "id",
            "title",
            "date",
            "format",
            "participants",
            "groupsRepresented",
            "visibility",
            "problems",
            "quotes",
            "recordedAt",
            "updatedAt",
            "version"
        })
public record SessionJson(
        long id,

        @Schema(maxLength = CoDesignSession.MAX_TITLE_LENGTH)
        String title,

        LocalDate date,

        @Schema(enumeration = {"workshop", "drop-in", "street-stall", "interview", "online"})
        String format,

        @Schema(maxLength = CoDesignSession.MAX_PLACE_LENGTH)
        String place,

        @Schema(description = "How many took part; a count, never names", minimum = "0")
        int participants,

        @Schema(description = "How many groups were represented", minimum = "0")
        int groupsRepresented,

        @Schema(description = "Markdown, as written", maxLength = CoDesignSession.MAX_NOTES_LENGTH)
        String notes,

        @Schema(description = "The notes rendered and sanitised: safe to put in any page")
        String notesHtml,

        @Schema(maxLength = CoDesignSession.MAX_DECISIONS_LENGTH)
        String decisions,

        @Schema(maxLength = CoDesignSession.MAX_ACTIONS_LENGTH)
        String actions,

        @Schema(enumeration = {"partnership", "network", "public"})
        String visibility,

        List<LinkedProblemJson> problems,

        List<QuoteJson> quotes,

        Instant recordedAt,

        @Schema(description = "Who wrote the session down; only for the partnership's members and the central team")
        String recordedBy,

        Instant updatedAt,

        @Schema(description = "Who changed it last; only for the partnership's members and the central team")
        String updatedBy,

        @Schema(description = "Send it back with an edit; also the ETag")
        long version) {

    @JsonbPropertyOrder({"reference", "title"})
    @Schema(
            description = "A problem a session worked on",
            requiredProperties = {"reference", "title"})
    public record LinkedProblemJson(
            @Schema(example = "HMS-0042") String reference, String title) {}

    /** @param attribution who said it, without names */
    @JsonbPropertyOrder({"id", "text", "attribution", "consent"})
    @Schema(
            description = "A quote heard in a session",
            requiredProperties = {"id", "text", "consent"})
    public record QuoteJson(
            long id,

            @Schema(maxLength = SessionQuote.MAX_TEXT_LENGTH)
            String text,

            @Schema(
                    description = "Who said it, as a role, never a name",
                    maxLength = SessionQuote.MAX_ATTRIBUTION_LENGTH)
            String attribution,

            @Schema(description = "Whether the speaker agreed that it may be read outside the partnership")
            boolean consent) {}

    public static SessionJson of(SessionView view, Markdown markdown) {
        return new SessionJson(
                view.id(),
                view.title(),
                view.date(),
                ApiNames.of(view.format()),
                view.place(),
                view.participants(),
                view.groupsRepresented(),
                view.notes(),
                markdown.toHtml(view.notes()),
                view.decisions(),
                view.actions(),
                ApiNames.of(view.visibility()),
                view.problems().stream()
                        .map(p -> new LinkedProblemJson(p.reference().toString(), p.title()))
                        .toList(),
                view.quotes().stream()
                        .map(q -> new QuoteJson(q.id(), q.text(), q.attribution(), q.consent()))
                        .toList(),
                view.recordedAt(),
                view.recordedBy(),
                view.updatedAt(),
                view.updatedBy(),
                view.version());
    }
}
