package org.ctphub.web.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctphub.application.solution.Forking;
import org.ctphub.application.solution.SolutionWorkshop;
import org.ctphub.application.solution.UpstreamReview;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionChange;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.UpstreamChoice;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;

/**
 * Backs {@code p/workspace/solution-upstream.xhtml}: "what changed since you forked", field by
 * field between the upstream revision the fork is based on and the upstream's latest, in words;
 * tech advisors adopt or skip each change. The decisions name the fork's version, so a decision
 * made on an old page is refused rather than lost; the last one moves the fork onto the latest
 * revision.
 */
@Named
@RequestScoped
public class SolutionUpstreamBacking {

    @Inject
    Forking forking;

    @Inject
    SolutionWorkshop workshop;

    @Inject
    SolutionWords words;

    @Inject
    CurrentPartnership currentPartnership;

    private boolean looked;
    private UpstreamReview review;
    private Solution fork;
    private Taxonomy taxonomy;
    private List<Change> changes;
    private long version;

    /**
     * One changed field: how it reads upstream before and after, whether the fork's own value
     * differs from the upstream's earlier one (so adopting would replace what the partnership
     * changed), and what was decided, if anything.
     */
    public record Change(SolutionWords.Row row, boolean changedHere, UpstreamChoice decided) {

        public String field() {
            return row.field().name();
        }
    }

    /** The fork's review, or null when the address names no fork of this partnership. */
    public UpstreamReview getReview() {
        if (!looked) {
            looked = true;
            Optional<SolutionSlug> slug = SolutionRoute.slug();
            try {
                fork = slug.flatMap(workshop::find).orElse(null);
                review = fork == null || !fork.isFork() ? null : forking.upstreamChanges(slug.get());
            } catch (NotFoundException | ForbiddenException e) {
                review = null;
            }
        }
        return review;
    }

    public void load() {
        if (getReview() == null) {
            Pages.notFound();
            return;
        }
        version = review.forkVersion();
    }

    public Solution getFork() {
        getReview();
        return fork;
    }

    /** Every changed field, decided or not, in the order of the form. */
    public List<Change> getChanges() {
        if (changes == null) {
            if (taxonomy == null) {
                taxonomy = workshop.taxonomy();
            }
            SolutionFields mine = getFork().fields();
            changes = getReview().changes().changes().stream()
                    .map(c -> new Change(
                            words.row(c, taxonomy),
                            changedHere(c, mine),
                            review.changes().decided().get(c.field())))
                    .toList();
        }
        return changes;
    }

    /**
     * Whether the fork's own value of a text or choice differs from the value upstream before the
     * change, i.e. the partnership made it its own. Lists are not compared: adopting them takes the
     * upstream's whole list.
     */
    private static boolean changedHere(SolutionChange change, SolutionFields mine) {
        return !change.field().isList() && !same(valueOf(change.field(), mine), change.before());
    }

    private static boolean same(String mine, String theirs) {
        String a = mine == null || mine.isBlank() ? null : mine;
        String b = theirs == null || theirs.isBlank() ? null : theirs;
        return Objects.equals(a, b);
    }

    /** The fork's value of one field as {@link SolutionChange} writes values (choices by constant name). */
    private static String valueOf(SolutionField field, SolutionFields f) {
        Object value =
                switch (field) {
                    case NAME -> f.name();
                    case TAGLINE -> f.tagline();
                    case DESCRIPTION -> f.description();
                    case KIND -> f.kind();
                    case LICENCE -> f.licence();
                    case SOURCE_URL -> f.sourceUrl();
                    case WEBSITE_URL -> f.websiteUrl();
                    case MATURITY -> f.maturity();
                    case MONTHLY_COST -> f.monthlyCostPounds();
                    case HOSTING -> f.hosting();
                    case SKILLS -> f.skills();
                    case PERSONAL_DATA -> f.personalData();
                    case PERSONAL_DATA_NOTES -> f.personalDataNotes();
                    case ACCESSIBILITY -> f.accessibility();
                    case ACCESSIBILITY_NOTES -> f.accessibilityNotes();
                    case CONNECTIVITY -> f.connectivity();
                    case ADOPTION_GUIDE -> f.adoptionGuide();
                    case THEMES, LANGUAGES -> null;
                };
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value == null ? null : value.toString();
    }

    public String adopt(String field) {
        return decide(field, UpstreamChoice.ADOPT);
    }

    public String skip(String field) {
        return decide(field, UpstreamChoice.SKIP);
    }

    private String decide(String field, UpstreamChoice choice) {
        if (getReview() == null) {
            Pages.notFound();
            return null;
        }
        SolutionField which;
        try {
            which = SolutionField.valueOf(field);
        } catch (IllegalArgumentException | NullPointerException e) {
            Forms.error(Forms.text("form.choice"));
            return null;
        }
        UpstreamReview after;
        try {
            after = forking.decide(getFork().slug(), which, choice, version);
        } catch (HubException e) {
            Forms.error(e);
            looked = false;
            changes = null;
            if (getReview() != null) {
                version = review.forkVersion();
            }
            return null;
        }
        String label = words.label(which);
        String done = choice == UpstreamChoice.ADOPT
                ? Forms.text("solution.upstream.adopted", label)
                : Forms.text("solution.upstream.skipped", label);
        Forms.doneAfterRedirect(done);
        if (after.changes().pending().isEmpty()) {
            Forms.doneAfterRedirect(
                    Forms.text("solution.upstream.based-on", after.changes().baseRevision()));
        }
        Pages.redirect("/p/" + currentPartnership.require().slug().value() + "/workspace/solutions/"
                + getFork().slug().value() + "/upstream");
        return null;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
