package org.ctphub.web.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.session.SessionFilter;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.PageRequest;

/**
 * Backs {@code p/workspace/dashboard.xhtml}, the workspace's first page behind {@code
 * WorkspaceGate}: the register at a glance (problems by status and by theme) and what changed
 * lately (problems most recently updated, the latest co-design sessions).
 */
@Named
@RequestScoped
public class DashboardBacking {

    private static final int RECENT = 8;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    PartnershipDirectory directory;

    @Inject
    ProblemRegister problemRegister;

    @Inject
    SessionLog sessionLog;

    @Inject
    Access access;

    private Partnership partnership;
    private Map<ProblemStatus, Long> byStatus;
    private Map<String, Long> byTheme;
    private Taxonomy taxonomy;
    private List<Problem> recentProblems;
    private List<SessionSummary> recentSessions;

    public void load() {
        partnership = directory.find(currentPartnership.require().slug()).orElseThrow();
        byStatus = problemRegister.countByStatus();
        byTheme = problemRegister.countByTheme();
        taxonomy = problemRegister.taxonomy();
        recentProblems = problemRegister
                .list(ProblemFilter.none(), ProblemSort.descending(ProblemSort.Key.UPDATED), new PageRequest(0, RECENT))
                .items();
        recentSessions = sessionLog
                .list(SessionFilter.none(), SessionSort.newestFirst(), new PageRequest(0, RECENT))
                .items();
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public List<ProblemStatus> getStatuses() {
        return List.of(ProblemStatus.values());
    }

    public long countOf(ProblemStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public List<Map.Entry<String, Long>> getThemeCounts() {
        return List.copyOf(byTheme.entrySet());
    }

    public String themeName(String id) {
        boolean welsh = "cy"
                .equals(FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale()
                        .getLanguage());
        return taxonomy.find(id).map(t -> welsh ? t.nameCy() : t.nameEn()).orElse(id);
    }

    public List<Problem> getRecentProblems() {
        return recentProblems;
    }

    public List<SessionSummary> getRecentSessions() {
        return recentSessions;
    }

    public Caller getCaller() {
        return access.caller();
    }
}
