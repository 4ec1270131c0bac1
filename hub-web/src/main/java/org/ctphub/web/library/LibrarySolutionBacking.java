package org.ctphub.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.ctphub.application.solution.LibrarySolution;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.application.solution.SolutionMetadata;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;
import org.ctphub.web.routing.PageRoutes;

/**
 * Backs {@code library/solution.xhtml}, a solution's public page: a published revision with its
 * "can we run this?" card and adoption guide, where it came from, who runs it and how it spread,
 * with schema.org JSON-LD for machines.
 */
@Named
@RequestScoped
public class LibrarySolutionBacking {

    @Inject
    SolutionLibrary library;

    @Inject
    Markdown markdown;

    private LibrarySolution solution;
    private Map<String, Theme> themes;

    /** View action: loads the solution in the address, or answers 404 as for any address that does not exist. */
    public void load() {
        Map<String, Object> route =
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        try {
            PartnershipSlug partnership =
                    new PartnershipSlug(String.valueOf(route.get(PageRoutes.LIBRARY_PARTNERSHIP)));
            SolutionSlug slug = new SolutionSlug(String.valueOf(route.get(PageRoutes.SOLUTION)));
            Long revision = Pages.routeId();
            solution = revision == null
                    ? library.solution(partnership, slug)
                    : library.revision(partnership, slug, Math.toIntExact(revision));
            themes = library.themes();
        } catch (NotFoundException | InvalidInputException | ArithmeticException e) {
            Pages.notFound();
        }
    }

    public LibrarySolution getSolution() {
        return solution;
    }

    public SolutionFields getFields() {
        return solution.revision().fields();
    }

    public boolean isRetired() {
        return solution.entry().status() == SolutionStatus.RETIRED;
    }

    public String getDescriptionHtml() {
        return markdown.toHtml(getFields().description());
    }

    public String getAdoptionGuideHtml() {
        return markdown.toHtml(getFields().adoptionGuide());
    }

    /** The page's address: {@code /library/{partnership}/{solution}}. */
    public String getPath() {
        return "/library/" + solution.partnershipSlug() + "/"
                + solution.entry().slug().value();
    }

    public String getJsonLd() {
        return metadata().jsonLd();
    }

    private SolutionMetadata metadata() {
        return new SolutionMetadata(solution, hubAddress());
    }

    /** The hub's address as this request reached it, e.g. {@code https://hub.example.org}. */
    static String hubAddress() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        return hubAddress(request);
    }

    static String hubAddress(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    public String themeName(String id) {
        Theme named = themes.get(id);
        return named == null
                ? id
                : named.nameFor(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String languageName(String code) {
        return LibraryBacking.languageName(code);
    }

    /** The languages it works in, named in the reader's language, e.g. "English, Welsh". */
    public String getLanguages() {
        return String.join(
                ", ", getFields().languages().stream().map(this::languageName).toList());
    }

    public String getThemeNames() {
        return String.join(
                ", ", getFields().themes().stream().map(this::themeName).toList());
    }

    /** The lineage as nested lists, every text escaped. */
    public String getLineageHtml() {
        String contextPath =
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return new LineageHtml(contextPath, Forms::text, name -> Forms.text("library.lineage.by", name))
                .of(solution.lineage());
    }

    public String linkTo(LineageNode node) {
        return node.partnershipSlug().isPresent() && node.solutionSlug().isPresent()
                ? "/library/" + node.partnershipSlug().get() + "/"
                        + node.solutionSlug().get()
                : null;
    }

    public String stateLabel(LineageNode node) {
        return Forms.text("library.lineage." + node.state());
    }
}
