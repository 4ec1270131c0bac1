package org.ctphub.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.solution.LibraryEntry;
import org.ctphub.domain.solution.LibraryFacets;
import org.ctphub.domain.solution.LibraryQuery;
import org.ctphub.domain.solution.LibrarySort;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;

/**
 * Backs {@code library/index.xhtml}, the public library: a plain GET form of filters and search,
 * so that every list has an address to share and no state is kept between requests.
 */
@Named
@RequestScoped
public class LibraryBacking {

    static final int PER_PAGE = 20;

    /** One choice of a filter: its value in the address and its label in the reader's language. */
    public record Choice(String value, String label) {}

    @Inject
    SolutionLibrary library;

    private String text;
    private String theme;
    private String kind;
    private String maturity;
    private String language;
    private String licence;
    private boolean offline;
    private String sort;
    private Page<LibraryEntry> results;
    private LibraryFacets facets;
    private Map<String, Theme> themes;
    private String error;

    /** View action: reads the filters from the address and finds the page of solutions they ask for. */
    public void load() {
        text = Pages.parameter("q");
        theme = Pages.parameter("theme");
        kind = Pages.parameter("kind");
        maturity = Pages.parameter("maturity");
        language = Pages.parameter("language");
        licence = Pages.parameter("licence");
        offline = "true".equals(Pages.parameter("offline"));
        sort = Pages.parameter("sort");
        facets = library.facets();
        themes = library.themes();
        try {
            LibraryQuery query = LibraryQuery.of(text, theme, kind, maturity, language, licence, offline, sort);
            results = library.browse(query, new PageRequest(Pages.pageNumber(), PER_PAGE));
        } catch (InvalidInputException e) {
            error = Forms.message(e);
            results = new Page<>(List.of(), 0, PER_PAGE, 0);
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    public Page<LibraryEntry> getResults() {
        return results;
    }

    public String getError() {
        return error;
    }

    public String getText() {
        return text;
    }

    public String getTheme() {
        return theme;
    }

    public String getKind() {
        return kind;
    }

    public String getMaturity() {
        return maturity;
    }

    public String getLanguage() {
        return language;
    }

    public String getLicence() {
        return licence;
    }

    public boolean isOffline() {
        return offline;
    }

    public String getSort() {
        return sort == null || sort.isBlank() ? LibrarySort.RELEVANCE.inputName() : sort;
    }

    public boolean isFiltered() {
        return notBlank(text)
                || notBlank(theme)
                || notBlank(kind)
                || notBlank(maturity)
                || notBlank(language)
                || notBlank(licence)
                || offline;
    }

    public List<Choice> getThemeChoices() {
        List<Choice> choices = new ArrayList<>();
        for (String id : facets.themes()) {
            choices.add(new Choice(id, themeName(id)));
        }
        choices.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        return choices;
    }

    public List<Choice> getKindChoices() {
        List<Choice> choices = new ArrayList<>();
        for (SolutionKind k : SolutionKind.values()) {
            choices.add(new Choice(LibraryQuery.inputName(k), Forms.text("library.kind." + k.name())));
        }
        return choices;
    }

    public List<Choice> getMaturityChoices() {
        List<Choice> choices = new ArrayList<>();
        for (Maturity m : Maturity.values()) {
            choices.add(new Choice(LibraryQuery.inputName(m), Forms.text("library.maturity." + m.name())));
        }
        return choices;
    }

    public List<Choice> getLanguageChoices() {
        List<Choice> choices = new ArrayList<>();
        for (String code : facets.languages()) {
            choices.add(new Choice(code, languageName(code)));
        }
        return choices;
    }

    public List<String> getLicenceChoices() {
        return List.copyOf(facets.licences());
    }

    public List<Choice> getSortChoices() {
        List<Choice> choices = new ArrayList<>();
        for (LibrarySort s : LibrarySort.values()) {
            choices.add(new Choice(s.inputName(), Forms.text("library.sort." + s.inputName())));
        }
        return choices;
    }

    /** A theme's name in the reader's language; its id when no template names it. */
    public String themeName(String id) {
        Theme named = themes.get(id);
        return named == null ? id : named.nameFor(locale());
    }

    /** A language's own name in the reader's language, e.g. "Welsh" or "Cymraeg". */
    public static String languageName(String code) {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    public String kindLabel(SolutionKind k) {
        return k == null ? "" : Forms.text("library.kind." + k.name());
    }

    public String maturityLabel(Maturity m) {
        return m == null ? "" : Forms.text("library.maturity." + m.name());
    }

    /** The query string of this list at another page, the filters kept. */
    public String pageQuery(int page) {
        StringBuilder query = new StringBuilder("?");
        append(query, "q", text);
        append(query, "theme", theme);
        append(query, "kind", kind);
        append(query, "maturity", maturity);
        append(query, "language", language);
        append(query, "licence", licence);
        if (offline) {
            append(query, "offline", "true");
        }
        append(query, "sort", sort);
        append(query, "page", String.valueOf(page));
        return query.toString();
    }

    public boolean isHasPrevious() {
        return results.page() > 0;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (notBlank(value)) {
            if (query.length() > 1) {
                query.append('&');
            }
            query.append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
