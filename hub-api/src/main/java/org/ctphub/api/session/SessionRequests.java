package org.ctphub.api.session;

import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.api.shared.ApiDates;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.api.shared.JsonBody;
import org.ctphub.application.session.NewQuote;
import org.ctphub.application.session.SessionFilter;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.session.SessionDetails;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Visibility;

/**
 * Reads what clients send about sessions (bodies, query parameters, ids and If-Match) into the
 * service's types. Every refusal names the field or parameter as the client sent it.
 */
final class SessionRequests {

    /** One strong entity tag, as {@link SessionJson} versions are sent in ETag headers. */
    private static final Pattern ENTITY_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private SessionRequests() {}

    static SessionDetails details(JsonBody body) {
        String title = body.text("title");
        LocalDate date = body.date("date");
        SessionFormat format = ApiNames.parse(SessionFormat.class, "format", body.text("format"));
        String place = body.text("place");
        int participants = body.wholeNumber("participants", 0);
        int groupsRepresented = body.wholeNumber("groupsRepresented", 0);
        String notes = body.text("notes");
        String decisions = body.text("decisions");
        String actions = body.text("actions");
        Visibility visibility = ApiNames.parse(Visibility.class, "visibility", body.text("visibility"));
        return new SessionDetails(
                title, date, format, place, participants, groupsRepresented, notes, decisions, actions, visibility);
    }

    static NewQuote quote(JsonBody body) {
        String text = body.text("text");
        String attribution = body.text("attribution");
        Boolean consent = body.bool("consent");
        return new NewQuote(text, attribution, Boolean.TRUE.equals(consent));
    }

    static boolean consent(JsonBody body) {
        Boolean consent = body.bool("consent");
        if (consent == null) {
            throw new InvalidInputException("consent", Refusal.of("session.consent.required"));
        }
        return consent;
    }

    /**
     * The version an edit was made from: the body's {@code version} or the If-Match header; when
     * both are sent they must agree. Empty when neither is.
     */
    static OptionalLong expectedVersion(JsonBody body, String ifMatch) {
        Long inBody = body.longNumber("version");
        OptionalLong inHeader = entityTag(ifMatch);
        if (inBody != null && inHeader.isPresent() && inBody != inHeader.getAsLong()) {
            throw new InvalidInputException("version", Refusal.of("request.version.mismatch"));
        }
        return inBody != null ? OptionalLong.of(inBody) : inHeader;
    }

    private static OptionalLong entityTag(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        Matcher tag = ENTITY_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new InvalidInputException("If-Match", Refusal.of("session.if-match.format"));
        }
        return OptionalLong.of(Long.parseLong(tag.group(1)));
    }

    static SessionFilter filter(String text, String format, String from, String to, String visibility, String problem) {
        return new SessionFilter(
                ApiNames.parse(SessionFormat.class, "format", blankToNull(format)),
                ApiDates.parse("from", from),
                ApiDates.parse("to", to),
                ApiNames.parse(Visibility.class, "visibility", blankToNull(visibility)),
                problemReference(problem),
                text);
    }

    /** {@code date}, {@code title} or {@code updated}, ascending, or descending after a {@code -}; newest first when absent. */
    static SessionSort sort(String sort) {
        return SessionSort.parse(sort);
    }

    /**
     * A session or quote id from a path. Text that is not a positive number names nothing, and is
     * passed on as 0, which no row has: the service then answers it exactly like an id it does
     * not know, after checking who asks.
     */
    static long id(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? id : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ProblemReference problemReference(String problem) {
        if (problem == null || problem.isBlank()) {
            return null;
        }
        if (!ProblemReference.isWellFormed(problem.strip())) {
            throw new InvalidInputException("problem", Refusal.of("session.filter.problem"));
        }
        return ProblemReference.parse(problem.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
