package org.ctphub.web.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.solution.Forking;
import org.ctphub.application.solution.SolutionWorkshop;
import org.ctphub.application.solution.UpstreamReview;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;

/**
 * Backs {@code p/workspace/solution.xhtml}: one of the partnership's solutions with its "can we
 * run this?" card and its published revisions; for a fork, where it came from, the problem it
 * addresses here, what was adapted and how many changes wait upstream. Tech advisors publish,
 * retire and describe the fork here; each change names the version the page was shown at and
 * redirects back, so a reload never repeats it.
 */
@Named
@RequestScoped
public class SolutionBacking {

    private static final Map<String, String> FORK_INPUTS = Map.of(
            "problem", "fork:problem",
            "adapted", "fork:adapted");

    @Inject
    SolutionWorkshop workshop;

    @Inject
    Forking forking;

    @Inject
    ProblemRegister problems;

    @Inject
    ProblemChoices problemChoices;

    @Inject
    SolutionWords words;

    @Inject
    Markdown markdown;

    @Inject
    CurrentPartnership currentPartnership;

    private Solution solution;
    private boolean looked;
    private List<SolutionRevision> revisions;
    private UpstreamReview upstream;
    private Optional<Problem> problem;
    private Taxonomy taxonomy;
    private ProblemChoices.Choices choices;

    private long version;
    private String problemReference;
    private String typedReference;
    private String adapted;

    /** Fields publishing still needs, after a refusal to publish: shown as a list linked to the form. */
    private List<SolutionField> missing = List.of();

    /** The solution in the address, or null when there is none here (another partnership's included). */
    public Solution getSolution() {
        if (!looked) {
            looked = true;
            solution = SolutionRoute.slug().flatMap(this::find).orElse(null);
        }
        return solution;
    }

    private Optional<Solution> find(SolutionSlug slug) {
        try {
            return workshop.find(slug);
        } catch (ForbiddenException e) {
            return Optional.empty();
        }
    }

    public void load() {
        if (getSolution() == null) {
            Pages.notFound();
            return;
        }
        version = solution.version();
        problemReference =
                solution.addressesProblem().map(ProblemReference::toString).orElse(null);
        adapted = solution.adapted().orElse(null);
    }

    public String getDescriptionHtml() {
        return markdown.toHtml(getSolution().fields().description());
    }

    public String getAdoptionGuideHtml() {
        return markdown.toHtml(getSolution().fields().adoptionGuide());
    }

    /** Published revisions, newest first. */
    public List<SolutionRevision> getRevisions() {
        if (revisions == null) {
            revisions = workshop.revisions(getSolution().slug());
        }
        return revisions;
    }

    /**
     * Whether publishing would make a new revision: a draft, a retired solution, or a published
     * one whose working copy differs from its latest revision.
     */
    public boolean isPublishable() {
        Solution s = getSolution();
        return s.status() != SolutionStatus.PUBLISHED
                || getRevisions().isEmpty()
                || !getRevisions().get(0).fields().equals(s.fields());
    }

    /** Fields the working copy still lacks for publishing, for the checklist before anyone tries. */
    public List<SolutionField> getStillMissing() {
        return getSolution().content().missingForPublication();
    }

    /** For a fork: its upstream and what changed there since the revision the fork is based on. */
    public UpstreamReview getUpstream() {
        if (upstream == null && getSolution().isFork()) {
            upstream = forking.upstreamChanges(getSolution().slug());
        }
        return upstream;
    }

    /** For a fork: the problem it addresses here, if it still exists. */
    public Problem getProblem() {
        if (problem == null) {
            problem = getSolution().addressesProblem().flatMap(problems::find);
        }
        return problem.orElse(null);
    }

    public ProblemChoices.Choices getChoices() {
        if (choices == null) {
            choices = problemChoices.recent(getSolution().addressesProblem().orElse(null));
        }
        return choices;
    }

    public String themeName(String id) {
        if (taxonomy == null) {
            taxonomy = workshop.taxonomy();
        }
        return words.themeName(taxonomy, id);
    }

    public String publish() {
        if (getSolution() == null) {
            Pages.notFound();
            return null;
        }
        SolutionSlug slug = solution.slug();
        try {
            Solution published = workshop.publish(slug, version);
            Forms.doneAfterRedirect(Forms.text("solution.published", published.revision()));
            Pages.redirect(path());
        } catch (InvalidInputException e) {
            refreshed();
            missing = getSolution() == null ? List.of() : solution.content().missingForPublication();
            if (missing.isEmpty()) {
                Forms.error(e);
            }
        } catch (HubException e) {
            Forms.error(e);
            refreshed();
        }
        return null;
    }

    public String retire() {
        if (getSolution() == null) {
            Pages.notFound();
            return null;
        }
        try {
            workshop.retire(getSolution().slug(), version);
            Forms.doneAfterRedirect(Forms.text("solution.retired"));
            Pages.redirect(path());
        } catch (HubException e) {
            Forms.error(e);
            refreshed();
        }
        return null;
    }

    public String describeFork() {
        if (getSolution() == null) {
            Pages.notFound();
            return null;
        }
        String reference = typedReference == null || typedReference.isBlank() ? problemReference : typedReference;
        if (reference == null || reference.isBlank()) {
            Forms.errorOn(FORK_INPUTS.get("problem"), Forms.text("solution.fork.problem.required"));
            return null;
        }
        try {
            workshop.describeFork(getSolution().slug(), version, SolutionRoute.problem(reference), adapted);
        } catch (InvalidInputException e) {
            Forms.show(e, FORK_INPUTS);
            return null;
        } catch (HubException e) {
            Forms.error(e);
            refreshed();
            return null;
        }
        Forms.doneAfterRedirect(Forms.text("solution.saved"));
        Pages.redirect(path());
        return null;
    }

    /** After a refusal: the page shows the solution as it is now, and its forms carry its current version. */
    private void refreshed() {
        looked = false;
        revisions = null;
        upstream = null;
        problem = null;
        choices = null;
        if (getSolution() != null) {
            version = solution.version();
        }
    }

    private String path() {
        return "/p/" + currentPartnership.require().slug().value() + "/workspace/solutions/"
                + getSolution().slug().value();
    }

    /** Fields publishing needs, after publishing was refused. */
    public List<SolutionField> getMissing() {
        return missing;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getProblemReference() {
        return problemReference;
    }

    public void setProblemReference(String problemReference) {
        this.problemReference = problemReference;
    }

    public String getTypedReference() {
        return typedReference;
    }

    public void setTypedReference(String typedReference) {
        this.typedReference = typedReference;
    }

    public String getAdapted() {
        return adapted;
    }

    public void setAdapted(String adapted) {
        this.adapted = adapted;
    }
}
