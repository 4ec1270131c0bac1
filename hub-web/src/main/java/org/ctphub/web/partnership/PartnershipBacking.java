package org.ctphub.web.partnership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.web.Pages;

/** Backs {@code p/partnership.xhtml}, the public page of the partnership in the path. */
@Named
@RequestScoped
public class PartnershipBacking {

    private static final int PROBLEMS_PER_PAGE = 20;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    PartnershipDirectory directory;

    @Inject
    ProblemRegister problemRegister;

    private Partnership partnership;
    private Page<Problem> problems;

    /** View action: loads the page, or answers 404 as for any address that does not exist. */
    public void load() {
        try {
            partnership = directory.getPublic(currentPartnership.require().slug());
            // Public ones for everyone; signed in to another partnership, those shared with the network too.
            problems = problemRegister.list(new PageRequest(Pages.pageNumber(), PROBLEMS_PER_PAGE));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public Page<Problem> getProblems() {
        return problems;
    }

    public String getProfile() {
        return partnership
                .profileFor(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .orElse(null);
    }

    public boolean isHasPrevious() {
        return problems.page() > 0;
    }
}
