package org.ctphub.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ctphub.application.audit.AuditTrail;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.session.Audience;
import org.ctphub.domain.session.CoDesignSession;
import org.ctphub.domain.session.CoDesignSessions;
import org.ctphub.domain.session.Editor;
import org.ctphub.domain.session.SearchText;
import org.ctphub.domain.session.SessionCriteria;
import org.ctphub.domain.session.SessionDetails;
import org.ctphub.domain.session.SessionNotFoundException;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;

/**
 * The co-design sessions of the current partnership. Its tech advisors and organisers record and
 * edit sessions and quotes; only tech advisors delete them. Reading follows visibility, as for
 * problems. Sessions are handed out only as {@link SessionView}s built for the caller's audience,
 * which is how a quote without consent stays inside the partnership.
 */
@ApplicationScoped
@Transactional
public class SessionLog {

    static final String OBJECT_TYPE = "co-design-session";

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    CoDesignSessions sessions;

    @Inject
    Problems problems;

    @Inject
    Clock clock;

    @Inject
    Access access;

    @Inject
    AuditTrail auditTrail;

    public SessionView record(@NotNull SessionDetails details) {
        return audited("session.record", null, () -> {
            Editor editor = requireEditor();
            CoDesignSession session = CoDesignSession.record(details, editor, clock.instant());
            sessions.add(session);
            return session;
        });
    }

    /**
     * Replaces what is written about a session, provided nobody saved it since the caller read
     * {@code expectedVersion}; otherwise nothing is changed and the conflict names who changed it
     * and when.
     */
    public SessionView edit(long id, long expectedVersion, @NotNull SessionDetails details) {
        return audited("session.edit", id, () -> {
            Editor editor = requireEditor();
            CoDesignSession session = forUpdate(id);
            session.requireVersion(expectedVersion);
            session.describe(details, editor, clock.instant());
            return session;
        });
    }

    /** Links a problem of this partnership; a reference from anywhere else is not found, exactly like a missing one. */
    public SessionView linkProblem(long id, @NotNull ProblemReference problem) {
        return audited("session.link-problem", id, () -> {
            Editor editor = requireEditor();
            CoDesignSession session = forUpdate(id);
            session.linkProblem(problemHere(problem), editor, clock.instant());
            return session;
        });
    }

    public SessionView unlinkProblem(long id, @NotNull ProblemReference problem) {
        return audited("session.unlink-problem", id, () -> {
            Editor editor = requireEditor();
            CoDesignSession session = forUpdate(id);
            session.unlinkProblem(problemHere(problem).id(), editor, clock.instant());
            return session;
        });
    }

    public SessionView addQuote(long id, @NotNull NewQuote quote) {
        return audited("session.add-quote", id, () -> {
            Editor editor = requireEditor();
            CoDesignSession session = forUpdate(id);
            session.addQuote(quote.text(), quote.attribution(), quote.consent(), editor, clock.instant());
            return session;
        });
    }

    public SessionView removeQuote(long id, long quoteId) {
        return audited("session.remove-quote", id, () -> {
            Editor editor = requireEditor();
            CoDesignSession session = forUpdate(id);
            session.removeQuote(quoteId, editor, clock.instant());
            return session;
        });
    }

    /** Records that consent was given, or withdrawn; withdrawn, the quote is back inside the partnership. */
    public SessionView setQuoteConsent(long id, long quoteId, boolean consent) {
        return audited("session.set-quote-consent", id, () -> {
            Editor editor = requireEditor();
            CoDesignSession session = forUpdate(id);
            session.changeQuoteConsent(quoteId, consent, editor, clock.instant());
            return session;
        });
    }

    /** Deleting a session, with its quotes and links, is a tech advisor's decision. */
    public void remove(long id) {
        String action = "session.remove";
        try {
            access.requireMember(Role.TECH_ADVISOR);
            sessions.remove(forUpdate(id));
            problems.forgetSession(id);
            auditTrail.done(action, OBJECT_TYPE, String.valueOf(id));
        } catch (HubException refused) {
            auditTrail.refused(action, OBJECT_TYPE, String.valueOf(id), refused);
            throw refused;
        }
    }

    /** A session the caller may read; any other, in this partnership or another, is not found. */
    public SessionView get(long id) {
        Set<Visibility> readable = access.readableVisibilities();
        CoDesignSession session =
                sessions.find(id).filter(s -> s.isVisibleTo(readable)).orElseThrow(SessionNotFoundException::new);
        return view(session, readable);
    }

    /**
     * The sessions the caller may read here, filtered, sorted and paged. A filter on a problem the
     * caller may not read finds nothing, as if the problem did not exist.
     */
    public Page<SessionSummary> list(
            @NotNull SessionFilter filter, @NotNull SessionSort sort, @NotNull PageRequest pageRequest) {
        Set<Visibility> visibilities = EnumSet.copyOf(access.readableVisibilities());
        if (filter.visibility() != null) {
            visibilities.retainAll(EnumSet.of(filter.visibility()));
        }
        Long problemId = null;
        if (filter.problem() != null) {
            Set<Visibility> readable = visibilities;
            Optional<Problem> problem =
                    problems.findByReference(filter.problem()).filter(p -> readable.contains(p.visibility()));
            if (problem.isEmpty()) {
                return new Page<>(List.of(), pageRequest.page(), pageRequest.size(), 0);
            }
            problemId = problem.get().id();
        }
        if (visibilities.isEmpty()) {
            return new Page<>(List.of(), pageRequest.page(), pageRequest.size(), 0);
        }
        SessionCriteria criteria = new SessionCriteria(
                visibilities,
                filter.format(),
                filter.from(),
                filter.to(),
                problemId,
                SearchText.of(filter.text()),
                sort);
        return sessions.list(criteria, pageRequest).map(SessionSummary::of);
    }

    private Editor requireEditor() {
        Caller caller = access.requireMember(Role.TECH_ADVISOR, Role.ORGANISER);
        return new Editor(caller.subject(), caller.displayName());
    }

    private CoDesignSession forUpdate(long id) {
        return sessions.findForUpdate(id).orElseThrow(SessionNotFoundException::new);
    }

    private Problem problemHere(ProblemReference reference) {
        return problems.findByReference(reference).orElseThrow(ProblemNotFoundException::new);
    }

    private SessionView view(CoDesignSession session, Set<Visibility> readable) {
        Audience audience = Audience.of(
                access.canReadEverything(currentPartnership.require().slug()));
        return SessionView.of(session, sessions.linkedProblems(session), readable, audience);
    }

    /**
     * Runs a change and audits it: done with the change, or refused in a transaction of its own.
     * The change is flushed first, so that a view shows new ids and the new version.
     */
    private SessionView audited(String action, Long target, Supplier<CoDesignSession> change) {
        String targetRef = target == null ? null : String.valueOf(target);
        try {
            CoDesignSession session = change.get();
            sessions.flush();
            auditTrail.done(action, OBJECT_TYPE, String.valueOf(session.id()));
            return view(session, access.readableVisibilities());
        } catch (HubException refused) {
            auditTrail.refused(action, OBJECT_TYPE, targetRef, refused);
            throw refused;
        }
    }
}
