package org.ctphub.web.problem;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.FieldChange;
import org.ctphub.domain.problem.ProblemField;
import org.ctphub.domain.shared.Actor;
import org.ctphub.web.Forms;

/**
 * Turns changes of a problem's fields into what a reader sees: the field's label and its values
 * before and after in the page's language (statuses, priorities and visibilities by their names,
 * themes by their names in the taxonomy), for the timeline and for an edit conflict.
 */
final class ChangeRows {

    /** One field changed, ready to show; {@code longText} values are shown folded. */
    public record Row(String label, String before, String after, boolean longText) {}

    /** Several fields changed at once by one person: one step of the timeline. */
    public record Edit(Instant at, String by, List<Row> rows) {}

    private final Taxonomy taxonomy;
    private final Locale locale;

    ChangeRows(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    Row row(FieldChange change) {
        ProblemField field = change.field();
        return new Row(
                Forms.text(labelKey(field)),
                shown(field, change.before(), change.beforeItems()),
                shown(field, change.after(), change.afterItems()),
                field == ProblemField.DESCRIPTION);
    }

    /**
     * Groups changes made at the same moment by the same person into one edit each, oldest first;
     * without status changes unless {@code withStatus} (a timeline tells those from the status
     * history, with the reason).
     */
    <C> List<Edit> edits(
            List<C> changes,
            Function<C, FieldChange> change,
            Function<C, Actor> by,
            Function<C, Instant> at,
            boolean withStatus) {
        List<Edit> edits = new ArrayList<>();
        for (C c : changes) {
            if (!withStatus && change.apply(c).field() == ProblemField.STATUS) {
                continue;
            }
            Edit last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
            String who = by.apply(c).name();
            if (last != null && last.at().equals(at.apply(c)) && last.by().equals(who)) {
                last.rows().add(row(change.apply(c)));
            } else {
                List<Row> rows = new ArrayList<>();
                rows.add(row(change.apply(c)));
                edits.add(new Edit(at.apply(c), who, rows));
            }
        }
        return edits;
    }

    private String shown(ProblemField field, String value, List<String> items) {
        if (value == null) {
            return Forms.text("problem.change.empty");
        }
        return switch (field) {
            case PRIORITY -> Forms.text("priority." + value);
            case VISIBILITY -> Forms.text("visibility." + value);
            case STATUS -> Forms.text("problem.status." + value);
            case THEMES ->
                String.join(
                        ", ",
                        items.stream()
                                .map(id -> taxonomy.find(id)
                                        .map(t -> ProblemsBacking.nameOf(t, locale))
                                        .orElse(id))
                                .toList());
            case GROUPS_AFFECTED -> String.join(", ", items);
            default -> value;
        };
    }

    private static String labelKey(ProblemField field) {
        return switch (field) {
            case TITLE -> "problem.field.title";
            case SUMMARY -> "problem.field.summary";
            case DESCRIPTION -> "problem.field.description";
            case THEMES -> "problem.field.themes";
            case GROUPS_AFFECTED -> "problem.field.groups";
            case PLACE -> "problem.field.place";
            case WARD_CODE -> "problem.field.ward";
            case PRIORITY -> "problem.field.priority";
            case VISIBILITY -> "problem.field.visibility";
            case STATUS -> "problem.field.status";
        };
    }
}
