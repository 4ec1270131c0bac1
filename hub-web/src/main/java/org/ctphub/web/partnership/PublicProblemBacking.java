package org.ctphub.web.partnership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Access;
import org.ctphub.application.session.SessionFilter;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.web.Pages;
import org.ctphub.web.problem.ProblemsBacking;

/**
 * Backs {@code p/problem.xhtml}: one problem of the partnership in the path, outside the
 * workspace. Anyone reads a public problem; people signed in to another partnership also read
 * the problems its partnership shares with the network. Anything else answers 404, exactly like
 * a missing problem. People's names stay inside the partnership, as in the API.
 */
@Named
@RequestScoped
public class PublicProblemBacking {

    private static final int MAX_SESSIONS = 50;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    PartnershipDirectory directory;

    @Inject
    ProblemRegister register;

    @Inject
    SessionLog sessionLog;

    @Inject
    Markdown markdown;

    @Inject
    Access access;

    private Partnership partnership;
    private Problem problem;
    private Taxonomy taxonomy;
    private List<SessionSummary> sessions;

    /** View action: loads the problem, or answers 404. */
    public void load() {
        String reference = Pages.routeReference();
        try {
            partnership = directory.getPublic(currentPartnership.require().slug());
            if (reference == null || !ProblemReference.isWellFormed(reference)) {
                Pages.notFound();
                return;
            }
            ProblemReference parsed = ProblemReference.parse(reference);
            if (!parsed.toString().equals(reference)) {
                Pages.notFound();
                return;
            }
            problem = register.getReadable(parsed);
            taxonomy = register.taxonomy();
        } catch (NotFoundException e) {
            problem = null;
            Pages.notFound();
        }
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public Problem getProblem() {
        return problem;
    }

    public String getDescriptionHtml() {
        return markdown.toHtml(problem.description().orElse(null));
    }

    public String themeName(String id) {
        return taxonomy.find(id)
                .map(t -> ProblemsBacking.nameOf(
                        t, FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .orElse(id);
    }

    /** The co-design sessions on this problem that the reader may see, newest first. */
    public List<SessionSummary> getSessions() {
        if (sessions == null) {
            SessionFilter linked = new SessionFilter(null, null, null, null, problem.reference(), null);
            sessions = sessionLog
                    .list(linked, SessionSort.newestFirst(), new PageRequest(0, MAX_SESSIONS))
                    .items();
        }
        return sessions;
    }

    /** Names of who did what are for the partnership's members and the central team. */
    public boolean isShowNames() {
        return access.canReadEverything(currentPartnership.require().slug());
    }

    /** Members and the central team can go on to the problem in the workspace. */
    public boolean isCanWork() {
        return access.canWorkIn();
    }
}
