package org.ctphub.api.solution;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ctphub.api.shared.JsonFields;
import org.ctphub.application.solution.ForkRequest;
import org.ctphub.application.solution.NewSolution;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.AccessibilityStatus;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.PersonalData;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.domain.solution.SolutionSlug;

/**
 * Reads the request bodies of solutions and forks into the use cases' requests. Types and
 * presence are checked here, all at once, each mistake naming its member; the values themselves
 * (lengths, themes, licences, web addresses) by the domain, which names the member too.
 */
final class SolutionBodies {

    /** An edit of the working copy, to apply to the fields as they are now, and the version it started from. */
    record Edit(UnaryOperator<SolutionFields> change, Long version) {}

    /** A fork's local problem and what was adapted, and the version it started from. */
    record ForkDetails(ProblemReference problem, String adapted, Long version) {}

    private SolutionBodies() {}

    static NewSolution newSolution(String body) {
        JsonFields json = JsonFields.parse(body);
        String slug = json.requiredText("slug");
        if (slug != null && !SolutionSlug.isValid(slug)) {
            json.reject(
                    "slug",
                    Refusal.of("solution.slug.format", SolutionSlug.MAX_LENGTH).inEnglish());
        }
        SolutionFields fields = fields(json, false);
        json.requireValid();
        return new NewSolution(slug, fields);
    }

    /** Every field, as PUT replaces them: an absent optional field is cleared. */
    static Edit replacement(String body) {
        JsonFields json = JsonFields.parse(body);
        SolutionFields fields = fields(json, false);
        Long version = json.longNumber("version", 0);
        json.requireValid();
        return new Edit(current -> fields, version);
    }

    /** The fields sent, as PATCH changes them: one sent as null or empty is cleared, the others stay. */
    static Edit patch(String body) {
        JsonFields json = JsonFields.parse(body);
        // Read now, so that every mistake is reported before anything is looked up.
        SolutionFields sent = fields(json, true);
        Long version = json.longNumber("version", 0);
        json.requireValid();
        return new Edit(current -> merge(json, sent, current), version);
    }

    static ForkDetails forkDetails(String body) {
        JsonFields json = JsonFields.parse(body);
        ProblemReference problem = problem(json);
        String adapted = json.text("adapted");
        Long version = json.longNumber("version", 0);
        json.requireValid();
        return new ForkDetails(problem, adapted, version);
    }

    /** A fork request as the body names it, with the client's idempotency key from its header. */
    static ForkRequest fork(String body, String idempotencyKey) {
        JsonFields json = JsonFields.parse(body);
        String partnership = json.requiredText("upstreamPartnership");
        if (partnership != null && !PartnershipSlug.isValid(partnership)) {
            json.reject(
                    "upstreamPartnership",
                    Refusal.of("solution.fork.upstream-partnership").inEnglish());
        }
        String solution = json.requiredText("upstreamSolution");
        if (solution != null && !SolutionSlug.isValid(solution)) {
            json.reject(
                    "upstreamSolution",
                    Refusal.of("solution.fork.upstream-solution").inEnglish());
        }
        Integer revision = json.wholeNumber("revision", 1);
        ProblemReference problem = problem(json);
        String adapted = json.text("adapted");
        json.requireValid();
        return new ForkRequest(
                new PartnershipSlug(partnership),
                new SolutionSlug(solution),
                revision,
                problem,
                adapted,
                idempotencyKey);
    }

    /**
     * The version an action (publish, retire, adopt, skip) started from, if the body names it. An
     * empty body is allowed: the version then comes as If-Match.
     */
    static Long version(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonFields json = JsonFields.parse(body);
        Long version = json.longNumber("version", 0);
        json.requireValid();
        return version;
    }

    private static ProblemReference problem(JsonFields json) {
        String problem = json.requiredText("problem");
        if (problem == null) {
            return null;
        }
        if (!ProblemReference.isWellFormed(problem.strip())) {
            json.reject("problem", Refusal.of("solution.fork.problem-format").inEnglish());
            return null;
        }
        return ProblemReference.parse(problem.strip());
    }

    /**
     * Every field of a solution the body has; absent ones are empty. The name is required, but
     * for a partial edit only when it is sent (it cannot be cleared).
     */
    private static SolutionFields fields(JsonFields json, boolean partial) {
        String name = partial && !json.has("name") ? null : json.requiredText("name");
        return new SolutionFields(
                name,
                json.text("tagline"),
                json.text("description"),
                json.name(SolutionKind.class, "kind"),
                orEmpty(json.texts("themes")),
                json.text("licence"),
                json.text("sourceUrl"),
                json.text("websiteUrl"),
                json.name(Maturity.class, "maturity"),
                json.wholeNumber("monthlyCostPounds", 0),
                json.text("hosting"),
                json.text("skills"),
                json.name(PersonalData.class, "personalData"),
                json.text("personalDataNotes"),
                json.name(AccessibilityStatus.class, "accessibility"),
                json.text("accessibilityNotes"),
                orEmpty(json.texts("languages")),
                json.name(Connectivity.class, "connectivity"),
                json.text("adoptionGuide"));
    }

    private static SolutionFields merge(JsonFields json, SolutionFields sent, SolutionFields current) {
        return new SolutionFields(
                json.has("name") ? sent.name() : current.name(),
                json.has("tagline") ? sent.tagline() : current.tagline(),
                json.has("description") ? sent.description() : current.description(),
                json.has("kind") ? sent.kind() : current.kind(),
                json.has("themes") ? sent.themes() : current.themes(),
                json.has("licence") ? sent.licence() : current.licence(),
                json.has("sourceUrl") ? sent.sourceUrl() : current.sourceUrl(),
                json.has("websiteUrl") ? sent.websiteUrl() : current.websiteUrl(),
                json.has("maturity") ? sent.maturity() : current.maturity(),
                json.has("monthlyCostPounds") ? sent.monthlyCostPounds() : current.monthlyCostPounds(),
                json.has("hosting") ? sent.hosting() : current.hosting(),
                json.has("skills") ? sent.skills() : current.skills(),
                json.has("personalData") ? sent.personalData() : current.personalData(),
                json.has("personalDataNotes") ? sent.personalDataNotes() : current.personalDataNotes(),
                json.has("accessibility") ? sent.accessibility() : current.accessibility(),
                json.has("accessibilityNotes") ? sent.accessibilityNotes() : current.accessibilityNotes(),
                json.has("languages") ? sent.languages() : current.languages(),
                json.has("connectivity") ? sent.connectivity() : current.connectivity(),
                json.has("adoptionGuide") ? sent.adoptionGuide() : current.adoptionGuide());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
