package org.ctphub.web.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ctphub.application.problem.NewEvidence;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.session.SessionFilter;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.application.solution.ProblemMatches;
import org.ctphub.application.solution.ProblemMatching;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.EvidenceKind;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemChange;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.problem.ProblemStatusChange;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;

/**
 * Backs {@code p/workspace/problem.xhtml}: one problem with its description, timeline, evidence
 * and co-design sessions. Tech advisors move its status here; members add evidence. Each change
 * redirects back, so a reload never repeats it.
 */
@Named
@RequestScoped
public class ProblemBacking {

    @Inject
    ProblemRegister register;

    @Inject
    SessionLog sessionLog;

    @Inject
    Markdown markdown;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    ProblemMatching matching;

    private ProblemMatches matches;

    private Problem problem;
    private Taxonomy taxonomy;
    private List<SessionSummary> sessions;
    private List<Step> timeline;

    private long version;
    private ProblemStatus newStatus;
    private String why;

    private EvidenceKind evidenceKind;
    private String evidenceSummary;
    private Integer evidencePeople;
    private LocalDate evidenceDate = LocalDate.now(ZoneId.of("Europe/London"));

    public Problem getProblem() {
        if (problem == null) {
            String reference = Pages.routeReference();
            try {
                problem = reference == null || !ProblemReference.isWellFormed(reference)
                        ? null
                        : register.getReadable(ProblemReference.parse(reference));
            } catch (NotFoundException e) {
                problem = null;
            }
        }
        return problem;
    }

    public void load() {
        if (getProblem() == null) {
            Pages.notFound();
            return;
        }
        version = problem.version();
    }

    /** What the network offers for this problem: solutions in the library, and who else logged one like it. */
    public ProblemMatches getMatches() {
        if (matches == null) {
            matches = matching.matchesFor(getProblem().reference());
        }
        return matches;
    }

    public String getDescriptionHtml() {
        return markdown.toHtml(getProblem().description().orElse(null));
    }

    public String themeName(String id) {
        return taxonomy()
                .find(id)
                .map(t -> ProblemsBacking.nameOf(
                        t, FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .orElse(id);
    }

    /** One step of the problem's timeline: a move to another status (with why), or an edit of its fields. */
    public record Step(Instant at, String by, ProblemStatus status, String why, List<ChangeRows.Row> changes) {}

    /** Status moves and edits, oldest first. */
    public List<Step> getTimeline() {
        if (timeline == null) {
            List<Step> steps = new ArrayList<>();
            for (ProblemStatusChange move : getProblem().history()) {
                steps.add(new Step(
                        move.changedAt(),
                        move.actor().name(),
                        move.to(),
                        move.why().orElse(null),
                        List.of()));
            }
            ChangeRows rows = new ChangeRows(taxonomy());
            for (ChangeRows.Edit edit : rows.edits(
                    register.changesOf(getProblem().reference()),
                    ProblemChange::change,
                    ProblemChange::by,
                    ProblemChange::at,
                    false)) {
                steps.add(new Step(edit.at(), edit.by(), null, null, edit.rows()));
            }
            steps.sort(Comparator.comparing(Step::at));
            timeline = steps;
        }
        return timeline;
    }

    private Taxonomy taxonomy() {
        if (taxonomy == null) {
            taxonomy = register.taxonomy();
        }
        return taxonomy;
    }

    /** The sessions that discussed this problem, newest first. */
    public List<SessionSummary> getSessions() {
        if (sessions == null) {
            SessionFilter filter =
                    new SessionFilter(null, null, null, null, getProblem().reference(), null);
            sessions = sessionLog
                    .list(filter, SessionSort.newestFirst(), new PageRequest(0, 50))
                    .items();
        }
        return sessions;
    }

    public List<ProblemStatus> getNextStatuses() {
        return getProblem().status().next().stream().sorted().toList();
    }

    public List<EvidenceKind> getEvidenceKinds() {
        return Arrays.asList(EvidenceKind.values());
    }

    public String changeStatus() {
        return change(
                () -> register.changeStatus(getProblem().reference(), version, newStatus, why),
                Map.of("status", "status:to", "why", "status:why"));
    }

    public String addEvidence() {
        return change(
                () -> register.addEvidence(
                        getProblem().reference(),
                        new NewEvidence(evidenceKind, evidenceSummary, evidencePeople, evidenceDate, null)),
                Map.of(
                        "kind", "evidence:kind",
                        "summary", "evidence:summary",
                        "numberOfPeople", "evidence:people",
                        "date", "evidence:date"));
    }

    public String removeEvidence(long evidenceId) {
        return change(() -> register.removeEvidence(getProblem().reference(), evidenceId), Map.of());
    }

    private String change(Runnable action, Map<String, String> inputs) {
        Forms.change(
                action,
                inputs,
                "problem.saved",
                "/p/" + currentPartnership.require().slug().value() + "/workspace/problems/"
                        + getProblem().reference());
        return null;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public ProblemStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(ProblemStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public void setEvidenceKind(EvidenceKind evidenceKind) {
        this.evidenceKind = evidenceKind;
    }

    public String getEvidenceSummary() {
        return evidenceSummary;
    }

    public void setEvidenceSummary(String evidenceSummary) {
        this.evidenceSummary = evidenceSummary;
    }

    public Integer getEvidencePeople() {
        return evidencePeople;
    }

    public void setEvidencePeople(Integer evidencePeople) {
        this.evidencePeople = evidencePeople;
    }

    public LocalDate getEvidenceDate() {
        return evidenceDate;
    }

    public void setEvidenceDate(LocalDate evidenceDate) {
        this.evidenceDate = evidenceDate;
    }
}
