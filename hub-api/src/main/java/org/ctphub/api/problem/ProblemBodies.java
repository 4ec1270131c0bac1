package org.ctphub.api.problem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ctphub.api.shared.JsonFields;
import org.ctphub.application.problem.NewEvidence;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemEdit;
import org.ctphub.domain.problem.EvidenceKind;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.shared.Visibility;

/**
 * Reads the request bodies of the problem register into the use cases' requests. Types and
 * presence are checked here, all at once; the values themselves by the domain.
 */
final class ProblemBodies {

    /** A status change as asked for. */
    record StatusChange(ProblemStatus status, String why, Long version) {}

    private ProblemBodies() {}

    static NewProblem newProblem(String body) {
        JsonFields json = JsonFields.parse(body);
        NewProblem request = new NewProblem(
                json.requiredText("title"),
                json.requiredText("summary"),
                json.text("description"),
                themes(json.texts("themes")),
                json.texts("groupsAffected"),
                json.text("place"),
                json.text("wardCode"),
                json.name(ProblemPriority.class, "priority"),
                json.name(Visibility.class, "visibility"));
        json.requireValid();
        return request;
    }

    /** Every editable field, as PUT replaces them: an absent optional field is cleared. */
    static Edit replacement(String body) {
        JsonFields json = JsonFields.parse(body);
        ProblemEdit edit = new ProblemEdit(
                json.requiredText("title"),
                json.requiredText("summary"),
                orEmpty(json.text("description")),
                orEmptySet(themes(json.texts("themes"))),
                orEmptyList(json.texts("groupsAffected")),
                orEmpty(json.text("place")),
                orEmpty(json.text("wardCode")),
                required(json, "priority", json.name(ProblemPriority.class, "priority")),
                required(json, "visibility", json.name(Visibility.class, "visibility")));
        Long version = json.longNumber("version", 0);
        json.requireValid();
        return new Edit(edit, version);
    }

    /** The fields sent, as PATCH changes them: one sent as null or empty is cleared. */
    static Edit patch(String body) {
        JsonFields json = JsonFields.parse(body);
        ProblemEdit edit = ProblemEdit.nothing();
        if (json.has("title")) {
            edit = edit.withTitle(orEmpty(json.text("title")));
        }
        if (json.has("summary")) {
            edit = edit.withSummary(orEmpty(json.text("summary")));
        }
        if (json.has("description")) {
            edit = edit.withDescription(orEmpty(json.text("description")));
        }
        if (json.has("themes")) {
            edit = edit.withThemes(orEmptySet(themes(json.texts("themes"))));
        }
        if (json.has("groupsAffected")) {
            edit = edit.withGroupsAffected(orEmptyList(json.texts("groupsAffected")));
        }
        if (json.has("place") || json.has("wardCode")) {
            edit = edit.withPlace(
                    json.has("place") ? orEmpty(json.text("place")) : null,
                    json.has("wardCode") ? orEmpty(json.text("wardCode")) : null);
        }
        if (json.has("priority")) {
            edit = edit.withPriority(required(json, "priority", json.name(ProblemPriority.class, "priority")));
        }
        if (json.has("visibility")) {
            edit = edit.withVisibility(required(json, "visibility", json.name(Visibility.class, "visibility")));
        }
        Long version = json.longNumber("version", 0);
        json.requireValid();
        return new Edit(edit, version);
    }

    static StatusChange statusChange(String body) {
        JsonFields json = JsonFields.parse(body);
        StatusChange change = new StatusChange(
                required(json, "status", json.name(ProblemStatus.class, "status")),
                json.text("why"),
                json.longNumber("version", 0));
        json.requireValid();
        return change;
    }

    static NewEvidence newEvidence(String body) {
        JsonFields json = JsonFields.parse(body);
        NewEvidence evidence = new NewEvidence(
                required(json, "kind", json.name(EvidenceKind.class, "kind")),
                json.requiredText("summary"),
                json.wholeNumber("numberOfPeople", 0),
                required(json, "date", json.date("date")),
                json.longNumber("sessionId", 1));
        json.requireValid();
        return evidence;
    }

    /** An edit and the version it started from, if the body says. */
    record Edit(ProblemEdit edit, Long version) {}

    private static <T> T required(JsonFields json, String field, T value) {
        if (value == null) {
            json.reject(field, field + " is required");
        }
        return value;
    }

    private static Set<String> themes(List<String> ids) {
        return ids == null ? null : new LinkedHashSet<>(ids);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Set<String> orEmptySet(Set<String> set) {
        return set == null ? Set.of() : set;
    }

    private static List<String> orEmptyList(List<String> list) {
        return list == null ? List.of() : list;
    }
}
