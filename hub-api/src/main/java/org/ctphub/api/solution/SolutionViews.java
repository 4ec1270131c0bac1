package org.ctphub.api.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.api.shared.ThemeJson;
import org.ctphub.application.solution.Forking;
import org.ctphub.application.solution.SolutionWorkshop;
import org.ctphub.application.solution.UpstreamRef;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionChangedException;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionSlug;

/**
 * Builds the representations of a partnership's solutions and their revisions, and the 409 of a
 * change that started from an old version. Only members and the central team get this far
 * ({@link SolutionGuard}), so names of who changed what are shown; the public library's revisions
 * ({@link #forLibrary}) leave them out.
 */
@RequestScoped
public class SolutionViews {

    @Inject
    SolutionWorkshop workshop;

    @Inject
    Forking forking;

    @Inject
    Markdown markdown;

    public SolutionJson of(Solution solution) {
        Taxonomy taxonomy = workshop.taxonomy();
        SolutionFields fields = solution.fields();
        return new SolutionJson(
                solution.slug().value(),
                ApiNames.of(solution.status()),
                solution.revision(),
                fields.name(),
                fields.tagline(),
                fields.description(),
                html(fields.description()),
                ApiNames.of(fields.kind()),
                fields.themes().stream().map(id -> ThemeJson.of(taxonomy, id)).toList(),
                fields.licence(),
                fields.sourceUrl(),
                fields.websiteUrl(),
                ApiNames.of(fields.maturity()),
                fields.monthlyCostPounds(),
                fields.hosting(),
                fields.skills(),
                ApiNames.of(fields.personalData()),
                fields.personalDataNotes(),
                ApiNames.of(fields.accessibility()),
                fields.accessibilityNotes(),
                fields.languages(),
                ApiNames.of(fields.connectivity()),
                fields.adoptionGuide(),
                html(fields.adoptionGuide()),
                solution.content().missingForPublication().stream()
                        .map(SolutionField::inputName)
                        .toList(),
                solution.isFork() ? fork(solution) : null,
                stored(solution.createdAt()),
                stored(solution.updatedAt()),
                solution.updatedBy().name(),
                solution.version());
    }

    public SolutionRevisionJson of(SolutionRevision revision) {
        Taxonomy taxonomy = workshop.taxonomy();
        return revision(revision, revision.publishedBy().name(), id -> ThemeJson.of(taxonomy, id));
    }

    /**
     * A published revision as the public library shows it: never who published it, and its themes
     * named by whichever template of the network has them, since there is no current partnership.
     */
    public SolutionRevisionJson forLibrary(SolutionRevision revision, Map<String, Theme> themes) {
        return revision(revision, null, id -> ThemeJson.of(themes, id));
    }

    private SolutionRevisionJson revision(
            SolutionRevision revision, String publishedBy, Function<String, ThemeJson> themeNamed) {
        SolutionFields fields = revision.fields();
        return new SolutionRevisionJson(
                revision.number(),
                stored(revision.publishedAt()),
                publishedBy,
                fields.name(),
                fields.tagline(),
                fields.description(),
                html(fields.description()),
                ApiNames.of(fields.kind()),
                fields.themes().stream().map(themeNamed).toList(),
                fields.licence(),
                fields.sourceUrl(),
                fields.websiteUrl(),
                ApiNames.of(fields.maturity()),
                fields.monthlyCostPounds(),
                fields.hosting(),
                fields.skills(),
                ApiNames.of(fields.personalData()),
                fields.personalDataNotes(),
                ApiNames.of(fields.accessibility()),
                fields.accessibilityNotes(),
                fields.languages(),
                ApiNames.of(fields.connectivity()),
                fields.adoptionGuide(),
                html(fields.adoptionGuide()));
    }

    /**
     * Runs a change that names the version it started from. When the solution has moved on since,
     * the answer is a 409 with the solution as it is now, read after the refusal.
     */
    public <T> T versioned(SolutionSlug slug, long expectedVersion, Supplier<T> change) {
        try {
            return change.get();
        } catch (SolutionChangedException changed) {
            Solution now = workshop.get(slug);
            throw new SolutionConflictException(SolutionConflictJson.of(changed, expectedVersion, now, of(now)));
        }
    }

    private SolutionJson.ForkJson fork(Solution fork) {
        UpstreamRef upstream = forking.upstreamOf(fork.slug()).orElseThrow();
        return new SolutionJson.ForkJson(
                upstream.partnershipSlug(),
                upstream.partnershipName(),
                upstream.solutionSlug(),
                upstream.name(),
                fork.upstreamRevision().orElseThrow(),
                upstream.latestRevision(),
                upstream.retired(),
                fork.addressesProblem().map(Object::toString).orElse(null),
                fork.adapted().orElse(null));
    }

    /**
     * An instant as the database keeps it, to the microsecond: the answer to the request that made
     * a change then says exactly what every later read says (a replayed fork request, say).
     */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private String html(String markdownText) {
        return markdownText == null ? null : markdown.toHtml(markdownText);
    }
}
