package org.ctphub.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.solution.ForkRequest;
import org.ctphub.application.solution.Forking;
import org.ctphub.application.solution.NewSolution;
import org.ctphub.application.solution.SolutionWorkshop;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.solution.AccessibilityStatus;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.PersonalData;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionStatus;

/**
 * Fills the network library from {@code demo-solutions.json}, once the demo partnerships and
 * their problems are there: the partnerships' own solutions, published with complete cards; forks
 * between partnerships, each for a local problem and adapted, some published in turn and forked
 * again; a new revision published upstream after a fork was made, which the fork has not decided
 * on yet; a solution retired. The file is a list of steps, run in its order, each as the demo
 * caller of the partnership that takes it, through the same use cases as people use, so every
 * rule holds and every change is audited.
 *
 * <p>Each step first looks at what is there and does only what is missing: seeding again calls
 * no use case at all, and a seeding stopped half way carries on where it stopped. A solution the
 * demo caller was not the last to change is somebody's work and is left alone, and so is a fork
 * whose local problem is missing (a hub seeded before that problem was in the demo files).
 *
 * <p>Long Markdown fields may be written in the file as arrays of lines.
 */
@ApplicationScoped
public class DemoSolutions {

    static final String RESOURCE = "demo-solutions.json";
    static final String TASK = "demo-network";

    /** What a new solution is before a step gives it its fields. */
    static final SolutionFields NOTHING = new SolutionFields(
            null, null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null, null,
            List.of(), null, null);

    private static final Set<String> FIELD_NAMES =
            Arrays.stream(SolutionField.values()).map(SolutionField::inputName).collect(Collectors.toSet());
    private static final Logger LOG = Logger.getLogger(DemoSolutions.class.getName());

    @Inject
    PartnershipDirectory directory;

    @Inject
    ProblemRegister problems;

    @Inject
    SolutionWorkshop workshop;

    @Inject
    Forking forking;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    CurrentCaller currentCaller;

    /**
     * Runs every step that still has something to do. Call it outside any transaction, with the
     * demo partnerships registered.
     *
     * @return how many steps changed something
     */
    public int seed() {
        int changed = 0;
        for (JsonObject step : read().getJsonArray("steps").getValuesAs(JsonObject.class)) {
            if (run(step)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean run(JsonObject step) {
        String slug = step.getString("partnership");
        Optional<PartnershipRef> partnership = directory.resolve(slug);
        if (partnership.isEmpty()) {
            LOG.warning("Demo solutions: no partnership " + slug + ", step left out: " + step.getString("slug"));
            return false;
        }
        currentCaller.identify(Caller.system(TASK, new PartnershipSlug(slug)));
        return currentPartnership.callAs(partnership.get(), () -> switch (step.getString("do")) {
            case "publish" -> publish(step);
            case "fork" -> fork(step);
            case "revise" -> revise(step);
            case "retire" -> retire(step);
            default -> throw new IllegalStateException("Unknown demo step: " + step.getString("do"));
        });
    }

    /** A solution of the partnership's own, written down and published as its first revision. */
    private boolean publish(JsonObject step) {
        SolutionSlug slug = new SolutionSlug(step.getString("slug"));
        Optional<Solution> existing = workshop.find(slug);
        if (existing.isPresent() && !(existing.get().revision() == 0 && isDemo(existing.get()))) {
            return false;
        }
        Solution draft = existing.isPresent()
                ? existing.get()
                : workshop.create(new NewSolution(slug.value(), fields(step.getJsonObject("fields"), NOTHING)));
        workshop.publish(slug, draft.version());
        return true;
    }

    /**
     * A fork of another partnership's solution, at a given revision, for a problem of this
     * partnership; then adapted, and published when the step says so. A fork takes its upstream's
     * slug; the step names it, so that a second seeding finds it.
     */
    private boolean fork(JsonObject step) {
        SolutionSlug slug = new SolutionSlug(step.getString("slug"));
        Optional<Solution> existing = workshop.find(slug);
        Solution fork;
        boolean changed = false;
        if (existing.isEmpty()) {
            JsonObject problem = step.getJsonObject("problem");
            ProblemReference reference = ProblemReference.parse(problem.getString("reference"));
            String title = problem.getString("title");
            if (!problems.find(reference)
                    .map(Problem::title)
                    .filter(title::equals)
                    .isPresent()) {
                LOG.warning("Demo solutions: " + step.getString("partnership") + " has no problem " + reference + " \""
                        + title + "\", so the fork " + slug + " is left out");
                return false;
            }
            JsonObject from = step.getJsonObject("from");
            fork = forking.fork(new ForkRequest(
                    new PartnershipSlug(from.getString("partnership")),
                    new SolutionSlug(from.getString("slug")),
                    from.containsKey("revision") ? from.getInt("revision") : null,
                    reference,
                    text(step, "adapted"),
                    null));
            if (!fork.slug().equals(slug)) {
                throw new IllegalStateException("The demo file expects the fork " + slug + " but the hub made "
                        + fork.slug() + ": is that slug taken?");
            }
            changed = true;
        } else {
            fork = existing.get();
        }
        if (!fork.isFork() || fork.revision() > 0 || !isDemo(fork)) {
            return changed;
        }
        JsonObject changes = step.containsKey("changes") ? step.getJsonObject("changes") : JsonValue.EMPTY_JSON_OBJECT;
        SolutionFields adapted = fields(changes, fork.fields());
        if (!adapted.equals(fork.fields())) {
            fork = workshop.edit(slug, fork.version(), adapted);
            changed = true;
        }
        if (step.getBoolean("publish", false)) {
            workshop.publish(slug, fork.version());
            changed = true;
        }
        return changed;
    }

    /** The next revision of a published solution: the step's changes to the latest one, published. */
    private boolean revise(JsonObject step) {
        SolutionSlug slug = new SolutionSlug(step.getString("slug"));
        int revision = step.getInt("revision");
        Optional<Solution> existing = workshop.find(slug);
        if (existing.isEmpty() || existing.get().revision() != revision - 1 || !isDemo(existing.get())) {
            return false;
        }
        Solution solution = existing.get();
        SolutionFields revised = fields(step.getJsonObject("changes"), solution.fields());
        if (!revised.equals(solution.fields())) {
            solution = workshop.edit(slug, solution.version(), revised);
        }
        workshop.publish(slug, solution.version());
        return true;
    }

    private boolean retire(JsonObject step) {
        SolutionSlug slug = new SolutionSlug(step.getString("slug"));
        Optional<Solution> existing = workshop.find(slug);
        if (existing.isEmpty() || existing.get().status() != SolutionStatus.PUBLISHED || !isDemo(existing.get())) {
            return false;
        }
        workshop.retire(slug, existing.get().version());
        return true;
    }

    /** Whether the demo caller made the latest change: anything else is a person's work, and stays as they left it. */
    private static boolean isDemo(Solution solution) {
        return solution.updatedBy().subject().equals(Caller.system(TASK).subject());
    }

    /**
     * {@code base} with the fields {@code json} gives, named as in the API ({@link
     * SolutionField#inputName()}); a field it does not name keeps its value.
     *
     * @throws IllegalArgumentException for a name that is no field
     */
    static SolutionFields fields(JsonObject json, SolutionFields base) {
        for (String name : json.keySet()) {
            if (!FIELD_NAMES.contains(name)) {
                throw new IllegalArgumentException("No solution field is called " + name);
            }
        }
        return new SolutionFields(
                text(json, "name", base.name()),
                text(json, "tagline", base.tagline()),
                text(json, "description", base.description()),
                constant(json, "kind", SolutionKind.class, base.kind()),
                strings(json, "themes", base.themes()),
                text(json, "licence", base.licence()),
                text(json, "sourceUrl", base.sourceUrl()),
                text(json, "websiteUrl", base.websiteUrl()),
                constant(json, "maturity", Maturity.class, base.maturity()),
                number(json, "monthlyCostPounds", base.monthlyCostPounds()),
                text(json, "hosting", base.hosting()),
                text(json, "skills", base.skills()),
                constant(json, "personalData", PersonalData.class, base.personalData()),
                text(json, "personalDataNotes", base.personalDataNotes()),
                constant(json, "accessibility", AccessibilityStatus.class, base.accessibility()),
                text(json, "accessibilityNotes", base.accessibilityNotes()),
                strings(json, "languages", base.languages()),
                constant(json, "connectivity", Connectivity.class, base.connectivity()),
                text(json, "adoptionGuide", base.adoptionGuide()));
    }

    /** A text, written as one string or as an array of lines; null when absent. */
    static String text(JsonObject json, String key) {
        return text(json, key, null);
    }

    private static String text(JsonObject json, String key, String otherwise) {
        JsonValue value = json.get(key);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof JsonArray lines) {
            return lines.getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .collect(Collectors.joining("\n"));
        }
        return value == JsonValue.NULL ? null : ((JsonString) value).getString();
    }

    private static <E extends Enum<E>> E constant(JsonObject json, String key, Class<E> type, E otherwise) {
        String name = text(json, key, null);
        return json.containsKey(key) ? (name == null ? null : Enum.valueOf(type, name)) : otherwise;
    }

    private static Integer number(JsonObject json, String key, Integer otherwise) {
        JsonValue value = json.get(key);
        if (value == null) {
            return otherwise;
        }
        return value == JsonValue.NULL ? null : ((JsonNumber) value).intValueExact();
    }

    private static List<String> strings(JsonObject json, String key, List<String> otherwise) {
        JsonValue value = json.get(key);
        if (value == null) {
            return otherwise;
        }
        return value.asJsonArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    static JsonObject read() {
        try (InputStream in = DemoSolutions.class.getResourceAsStream(RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo solutions", e);
        }
    }
}
