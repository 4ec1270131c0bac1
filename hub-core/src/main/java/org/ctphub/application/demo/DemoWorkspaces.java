package org.ctphub.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctphub.application.problem.NewEvidence;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemEdit;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.session.NewQuote;
import org.ctphub.application.session.SessionLog;
import org.ctphub.domain.problem.EvidenceKind;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.session.SessionDetails;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.shared.Visibility;

/**
 * Fills a demo partnership's workspace from {@code demo-workspaces.json}: the rest of each
 * problem (description, themes, groups, place, priority), more problems, co-design sessions with
 * quotes and linked problems, evidence, and each problem's way through its statuses. It goes
 * through the same services as people do, as the hub's own demo caller, so every rule holds and
 * every change is audited. Dates of sessions and evidence are days before today; the timeline
 * records when seeding ran, as it would for anything else.
 */
@ApplicationScoped
public class DemoWorkspaces {

    static final String RESOURCE = "demo-workspaces.json";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    ProblemRegister problems;

    @Inject
    SessionLog sessions;

    @Inject
    Clock clock;

    /** Seeds one partnership, which must be current and have just had its first problems raised. */
    public void seed(String slug) {
        Optional<JsonObject> workspace = read().getJsonArray("partnerships").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("slug").equals(slug))
                .findFirst();
        if (workspace.isEmpty()) {
            return;
        }
        JsonArray problemEntries = workspace.get().getJsonArray("problems");
        for (JsonObject entry : problemEntries.getValuesAs(JsonObject.class)) {
            describe(entry);
        }
        List<Long> sessionIds = new ArrayList<>();
        for (JsonObject entry : workspace.get().getJsonArray("sessions").getValuesAs(JsonObject.class)) {
            sessionIds.add(record(entry));
        }
        for (JsonObject entry : problemEntries.getValuesAs(JsonObject.class)) {
            ProblemReference reference = ProblemReference.parse(entry.getString("reference"));
            for (JsonObject evidence : array(entry, "evidence").getValuesAs(JsonObject.class)) {
                problems.addEvidence(
                        reference,
                        new NewEvidence(
                                EvidenceKind.valueOf(evidence.getString("kind")),
                                evidence.getString("summary"),
                                evidence.containsKey("people") ? evidence.getInt("people") : null,
                                daysAgo(evidence.getInt("daysAgo")),
                                evidence.containsKey("session")
                                        ? sessionIds.get(evidence.getInt("session") - 1)
                                        : null));
            }
            for (JsonObject step : array(entry, "statusHistory").getValuesAs(JsonObject.class)) {
                Problem problem = problems.get(reference);
                problems.changeStatus(
                        reference,
                        problem.version(),
                        ProblemStatus.valueOf(step.getString("to")),
                        step.getString("why", null));
            }
        }
    }

    /** Raises a problem the network file does not have, or completes one it does. */
    private void describe(JsonObject entry) {
        ProblemReference reference = ProblemReference.parse(entry.getString("reference"));
        Set<String> themes = strings(entry, "themes");
        List<String> groups = List.copyOf(strings(entry, "groupsAffected"));
        ProblemPriority priority = ProblemPriority.valueOf(entry.getString("priority", "MEDIUM"));
        Optional<Problem> existing = problems.find(reference);
        if (existing.isEmpty()) {
            Problem raised = problems.raise(new NewProblem(
                    entry.getString("title"),
                    entry.getString("summary"),
                    entry.getString("description", null),
                    themes,
                    groups,
                    entry.getString("place", null),
                    entry.getString("wardCode", null),
                    priority,
                    Visibility.valueOf(entry.getString("visibility"))));
            if (!raised.reference().equals(reference)) {
                throw new IllegalStateException("The demo file expects " + reference + " but the hub gave "
                        + raised.reference() + ": keep the references in order");
            }
            return;
        }
        problems.edit(
                reference,
                existing.get().version(),
                ProblemEdit.nothing()
                        .withDescription(entry.getString("description", null))
                        .withThemes(themes)
                        .withGroupsAffected(groups)
                        .withPlace(entry.getString("place", null), entry.getString("wardCode", null))
                        .withPriority(priority));
    }

    private long record(JsonObject entry) {
        long id = sessions.record(new SessionDetails(
                        entry.getString("title"),
                        daysAgo(entry.getInt("daysAgo")),
                        SessionFormat.valueOf(entry.getString("format")),
                        entry.getString("place", null),
                        entry.getInt("participants"),
                        entry.getInt("groupsRepresented"),
                        entry.getString("notes", null),
                        entry.getString("decisions", null),
                        entry.getString("actions", null),
                        Visibility.valueOf(entry.getString("visibility"))))
                .id();
        for (JsonObject quote : array(entry, "quotes").getValuesAs(JsonObject.class)) {
            sessions.addQuote(
                    id,
                    new NewQuote(
                            quote.getString("text"),
                            quote.getString("attribution", null),
                            quote.getBoolean("consent", false)));
        }
        for (JsonString reference : array(entry, "problems").getValuesAs(JsonString.class)) {
            sessions.linkProblem(id, ProblemReference.parse(reference.getString()));
        }
        return id;
    }

    private LocalDate daysAgo(int days) {
        return LocalDate.now(clock.withZone(LONDON)).minusDays(days);
    }

    private static JsonArray array(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static Set<String> strings(JsonObject object, String key) {
        Set<String> values = new LinkedHashSet<>();
        array(object, key).getValuesAs(JsonString.class).forEach(value -> values.add(value.getString()));
        return values;
    }

    private static JsonObject read() {
        try (InputStream in = DemoWorkspaces.class.getResourceAsStream(RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo workspaces", e);
        }
    }
}
