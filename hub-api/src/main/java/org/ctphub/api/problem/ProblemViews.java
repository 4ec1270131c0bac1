package org.ctphub.api.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.api.shared.ThemeJson;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Access;
import org.ctphub.application.session.SessionFilter;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.EvidenceItem;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemStatusChange;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.PageRequest;

/** Builds a problem's full representation for the caller of this request. */
@RequestScoped
public class ProblemViews {

    @Inject
    ProblemRegister register;

    @Inject
    SessionLog sessionLog;

    @Inject
    Markdown markdown;

    @Inject
    Access access;

    @Inject
    CurrentPartnership currentPartnership;

    public ProblemJson of(Problem problem) {
        boolean showNames = showNames();
        Taxonomy taxonomy = register.taxonomy();
        String description = problem.description().orElse(null);
        return new ProblemJson(
                problem.reference().toString(),
                problem.title(),
                problem.summary(),
                description,
                description == null ? null : markdown.toHtml(description),
                problem.themes().stream().map(id -> ThemeJson.of(taxonomy, id)).toList(),
                problem.groupsAffected(),
                problem.place().orElse(null),
                problem.wardCode().map(Object::toString).orElse(null),
                ApiNames.of(problem.status()),
                problem.status().next().stream().map(ApiNames::of).toList(),
                ApiNames.of(problem.priority()),
                ApiNames.of(problem.visibility()),
                problem.history().stream().map(c -> step(c, showNames)).toList(),
                problem.evidence().stream()
                        .map(e -> EvidenceJson.of(e, showNames))
                        .toList(),
                linkedSessions(problem),
                problem.createdAt(),
                problem.updatedAt(),
                showNames ? problem.updatedBy().map(Actor::name).orElse(null) : null,
                problem.version());
    }

    public EvidenceJson of(EvidenceItem item) {
        return EvidenceJson.of(item, showNames());
    }

    /** People's names stay inside the partnership (and the central team, who read everything). */
    private boolean showNames() {
        return access.canReadEverything(currentPartnership.require().slug());
    }

    private List<ProblemJson.SessionLinkJson> linkedSessions(Problem problem) {
        SessionFilter linked = new SessionFilter(null, null, null, null, problem.reference(), null);
        return sessionLog
                .list(linked, SessionSort.newestFirst(), new PageRequest(0, PageRequest.MAX_SIZE))
                .items()
                .stream()
                .map(s -> new ProblemJson.SessionLinkJson(s.id(), s.title(), s.date()))
                .toList();
    }

    private static ProblemJson.StatusChangeJson step(ProblemStatusChange change, boolean showNames) {
        return new ProblemJson.StatusChangeJson(
                change.from().map(ApiNames::of).orElse(null),
                ApiNames.of(change.to()),
                change.why().orElse(null),
                showNames ? change.actor().name() : null,
                change.changedAt());
    }
}
