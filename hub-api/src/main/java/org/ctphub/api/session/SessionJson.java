package org.ctphub.api.session;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.application.session.SessionView;
import org.ctphub.application.text.Markdown;

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
public record SessionJson(
        long id,
        String title,
        LocalDate date,
        String format,
        String place,
        int participants,
        int groupsRepresented,
        String notes,
        String notesHtml,
        String decisions,
        String actions,
        String visibility,
        List<LinkedProblemJson> problems,
        List<QuoteJson> quotes,
        Instant recordedAt,
        String recordedBy,
        Instant updatedAt,
        String updatedBy,
        long version) {

    @JsonbPropertyOrder({"reference", "title"})
    public record LinkedProblemJson(String reference, String title) {}

    /** @param attribution who said it, without names */
    @JsonbPropertyOrder({"id", "text", "attribution", "consent"})
    public record QuoteJson(long id, String text, String attribution, boolean consent) {}

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
