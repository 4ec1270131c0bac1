package org.ctphub.web.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;

/** Backs {@code p/workspace/dashboard.xhtml}: the workspace's first page, behind {@code WorkspaceGate}. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    PartnershipDirectory directory;

    @Inject
    ProblemRegister problemRegister;

    @Inject
    Access access;

    private Partnership partnership;
    private Page<Problem> problems;

    public void load() {
        partnership = directory.find(currentPartnership.require().slug()).orElseThrow();
        problems = problemRegister.list(new PageRequest(0, PageRequest.MAX_SIZE));
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public Page<Problem> getProblems() {
        return problems;
    }

    public Caller getCaller() {
        return access.caller();
    }
}
