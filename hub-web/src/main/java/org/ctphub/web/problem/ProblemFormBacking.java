package org.ctphub.web.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemEdit;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.problem.EditConflictException;
import org.ctphub.domain.problem.EditConflictException.FieldChangeBy;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.WardCode;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.web.Formats;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;

/**
 * Backs {@code p/workspace/problem-form.xhtml}: raises a problem, or edits the one in the
 * address. The form carries the version it was opened at: if someone saved in between, nothing
 * is overwritten, the form says who and when, and shows their version to edit again.
 */
@Named
@RequestScoped
public class ProblemFormBacking {

    private static final Map<String, String> INPUTS = Map.of(
            "title", "problem:title",
            "summary", "problem:summary",
            "description", "problem:description",
            "themes", "problem:themes",
            "groupsAffected", "problem:groups",
            "place", "problem:place",
            "wardCode", "problem:ward",
            "priority", "problem:priority",
            "visibility", "problem:visibility");

    @Inject
    ProblemRegister register;

    @Inject
    Markdown markdown;

    @Inject
    Formats formats;

    @Inject
    CurrentPartnership currentPartnership;

    private long version;
    private String title;
    private String summary;
    private String description;
    private List<String> themes = new ArrayList<>();
    private String groups;
    private String place;
    private String ward;
    private ProblemPriority priority = ProblemPriority.MEDIUM;
    private Visibility visibility = Visibility.defaultVisibility();
    private String preview;
    private List<Theme> taxonomy;
    private Mine mine;
    private List<ChangeRows.Edit> changedSince = List.of();

    /**
     * What the refused editor had typed, shown beside the form after a conflict so that nothing
     * they wrote is lost: the form itself now holds the other person's version.
     */
    public record Mine(String title, String summary, String description, String groups) {}

    public void load() {
        ProblemReference reference = reference();
        if (reference == null) {
            if (Pages.routeReference() != null) {
                Pages.notFound();
            }
            return;
        }
        try {
            fill(register.get(reference));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private static ProblemReference reference() {
        String text = Pages.routeReference();
        return text == null || !ProblemReference.isWellFormed(text) ? null : ProblemReference.parse(text);
    }

    private void fill(Problem problem) {
        version = problem.version();
        title = problem.title();
        summary = problem.summary();
        description = problem.description().orElse(null);
        themes = new ArrayList<>(problem.themes());
        groups = String.join("\n", problem.groupsAffected());
        place = problem.place().orElse(null);
        ward = problem.wardCode().map(WardCode::toString).orElse(null);
        priority = problem.priority();
        visibility = problem.visibility();
    }

    public String save() {
        ProblemReference reference = reference();
        List<String> groupList = groups == null
                ? List.of()
                : groups.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
        Problem saved;
        try {
            saved = reference == null
                    ? register.raise(new NewProblem(
                            title,
                            summary,
                            description,
                            new LinkedHashSet<>(themes),
                            groupList,
                            place,
                            ward,
                            priority,
                            visibility))
                    : register.edit(
                            reference,
                            version,
                            new ProblemEdit(
                                    title,
                                    summary,
                                    blankAsEmpty(description),
                                    new LinkedHashSet<>(themes),
                                    groupList,
                                    blankAsEmpty(place),
                                    blankAsEmpty(ward),
                                    priority,
                                    visibility));
        } catch (EditConflictException e) {
            Forms.error(Forms.text(
                    "problem.conflict",
                    e.lastChangedBy().map(Actor::name).orElse(Forms.text("problem.conflict.someone")),
                    formats.when(e.lastChangedAt())));
            changedSince = new ChangeRows(register.taxonomy())
                    .edits(e.changesSince(), FieldChangeBy::change, FieldChangeBy::by, FieldChangeBy::at, true);
            mine = new Mine(title, summary, description, groups);
            fill(register.get(reference));
            return null;
        } catch (InvalidInputException e) {
            Forms.show(e, INPUTS);
            return null;
        } catch (HubException e) {
            Forms.error(e);
            return null;
        }
        Forms.doneAfterRedirect(Forms.text("problem.saved"));
        Pages.redirect(
                "/p/" + currentPartnership.require().slug().value() + "/workspace/problems/" + saved.reference());
        return null;
    }

    /** In an edit, null means "leave as it is": an emptied field must clear instead. */
    private static String blankAsEmpty(String value) {
        return value == null ? "" : value;
    }

    public String preview() {
        preview = markdown.toHtml(description);
        return null;
    }

    public boolean isEditing() {
        return Pages.routeReference() != null;
    }

    public String getReference() {
        return Pages.routeReference();
    }

    /** Read once per request: the page asks for it on every pass over the checkboxes. */
    public List<Theme> getTaxonomy() {
        if (taxonomy == null) {
            taxonomy = register.taxonomy().themes();
        }
        return taxonomy;
    }

    public String themeName(Theme theme) {
        return ProblemsBacking.nameOf(
                theme, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<ProblemPriority> getPriorities() {
        return Arrays.asList(ProblemPriority.values());
    }

    public List<Visibility> getVisibilities() {
        return Arrays.asList(Visibility.values());
    }

    /** After a conflict: what others changed since the version this form was opened at. */
    public List<ChangeRows.Edit> getChangedSince() {
        return changedSince;
    }

    public Mine getMine() {
        return mine;
    }

    public String getPreview() {
        return preview;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public String getGroups() {
        return groups;
    }

    public void setGroups(String groups) {
        this.groups = groups;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public ProblemPriority getPriority() {
        return priority;
    }

    public void setPriority(ProblemPriority priority) {
        this.priority = priority;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }
}
