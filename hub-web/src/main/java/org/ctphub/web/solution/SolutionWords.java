package org.ctphub.web.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.solution.SolutionChange;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.web.Forms;
import org.ctphub.web.problem.ProblemsBacking;

/**
 * A solution's fields and values as a reader of the page says them ({@code #{solutionWords...}}):
 * field names, the words for kinds, maturities and the card's choices, languages by their names,
 * costs in pounds a month, and the changes between two versions of a solution, field by field.
 */
@Named
@ApplicationScoped
public class SolutionWords {

    /**
     * One changed field, ready to show. Text and choices have {@code before} and {@code after}
     * (the empty word for nothing); themes and languages have what was {@code added} and
     * {@code removed}. {@code longText} values are shown folded.
     */
    public record Row(
            SolutionField field,
            String label,
            String before,
            String after,
            List<String> added,
            List<String> removed,
            boolean list,
            boolean longText) {}

    /** The field's name, e.g. "Monthly running cost". */
    public String label(SolutionField field) {
        return Forms.text("solution.field." + field.inputName());
    }

    /** A language by its ISO 639 code, named in the reader's language, e.g. {@code cy} as "Welsh" or "Cymraeg". */
    public String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    public String languages(List<String> codes) {
        return String.join(", ", codes.stream().map(this::language).toList());
    }

    /** "£15 a month", or "Nothing" for 0. */
    public String cost(Integer pounds) {
        if (pounds == null) {
            return Forms.text("solution.value.empty");
        }
        return Forms.text("solution.cost", pounds);
    }

    /**
     * A value of a field as {@link SolutionChange} holds it, in words: choices by their names,
     * costs in pounds, nothing as the empty word.
     */
    public String value(SolutionField field, String value) {
        if (value == null || value.isBlank()) {
            return Forms.text("solution.value.empty");
        }
        return switch (field) {
            case KIND -> Forms.text("solution.kind." + value);
            case MATURITY -> Forms.text("solution.maturity." + value);
            case PERSONAL_DATA -> Forms.text("solution.personal-data." + value);
            case ACCESSIBILITY -> Forms.text("solution.accessibility." + value);
            case CONNECTIVITY -> Forms.text("solution.connectivity." + value);
            case MONTHLY_COST -> cost(Integer.valueOf(value));
            default -> value;
        };
    }

    /** Changes ready to show, themes named by {@code taxonomy} where it has them. */
    public List<Row> rows(List<SolutionChange> changes, Taxonomy taxonomy) {
        List<Row> rows = new ArrayList<>();
        for (SolutionChange change : changes) {
            rows.add(row(change, taxonomy));
        }
        return rows;
    }

    public Row row(SolutionChange change, Taxonomy taxonomy) {
        SolutionField field = change.field();
        if (field.isList()) {
            return new Row(
                    field,
                    label(field),
                    null,
                    null,
                    items(field, change.added(), taxonomy),
                    items(field, change.removed(), taxonomy),
                    true,
                    false);
        }
        return new Row(
                field,
                label(field),
                value(field, change.before()),
                value(field, change.after()),
                List.of(),
                List.of(),
                false,
                isLong(field));
    }

    private List<String> items(SolutionField field, List<String> values, Taxonomy taxonomy) {
        return values.stream()
                .map(v -> field == SolutionField.THEMES ? themeName(taxonomy, v) : language(v))
                .toList();
    }

    /** A theme's name in the reader's language, or its id when the taxonomy has no such theme. */
    public String themeName(Taxonomy taxonomy, String id) {
        return taxonomy.find(id).map(t -> ProblemsBacking.nameOf(t, locale())).orElse(id);
    }

    private static boolean isLong(SolutionField field) {
        return field == SolutionField.DESCRIPTION || field == SolutionField.ADOPTION_GUIDE;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
