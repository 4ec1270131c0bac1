package org.ctphub.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.ctphub.application.session.NewQuote;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionView;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;

/**
 * Backs {@code p/workspace/session.xhtml}: one co-design session with its notes, the problems it
 * discussed and its quotes; members add quotes, change consent and link problems here. Each
 * change redirects back, so a reload never repeats it.
 */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    SessionLog sessionLog;

    @Inject
    Markdown markdown;

    @Inject
    CurrentPartnership currentPartnership;

    private SessionView session;

    private String quoteText;
    private String quoteAttribution;
    private boolean quoteConsent;
    private String problemReference;

    /** View action and postback alike: the session in the address, or the 404 page. */
    public SessionView getSession() {
        if (session == null) {
            Long id = Pages.routeId();
            try {
                session = id == null ? null : sessionLog.get(id);
            } catch (NotFoundException e) {
                session = null;
            }
        }
        return session;
    }

    public void load() {
        if (getSession() == null) {
            Pages.notFound();
        }
    }

    public String getNotesHtml() {
        return markdown.toHtml(getSession().notes());
    }

    public String addQuote() {
        return change(
                () -> sessionLog.addQuote(getSession().id(), new NewQuote(quoteText, quoteAttribution, quoteConsent)),
                Map.of("text", "quote:text", "attribution", "quote:attribution"));
    }

    public String setConsent(long quoteId, boolean consent) {
        return change(() -> sessionLog.setQuoteConsent(getSession().id(), quoteId, consent), Map.of());
    }

    public String removeQuote(long quoteId) {
        return change(() -> sessionLog.removeQuote(getSession().id(), quoteId), Map.of());
    }

    public String linkProblem() {
        return change(
                () -> sessionLog.linkProblem(getSession().id(), ProblemReference.parse(problemReference)),
                Map.of("reference", "link:reference", "problem", "link:reference"));
    }

    public String unlinkProblem(String reference) {
        return change(() -> sessionLog.unlinkProblem(getSession().id(), ProblemReference.parse(reference)), Map.of());
    }

    private String change(Runnable action, Map<String, String> inputs) {
        Forms.change(
                action,
                inputs,
                "session.saved",
                "/p/" + currentPartnership.require().slug().value() + "/workspace/sessions/"
                        + getSession().id());
        return null;
    }

    public String getQuoteText() {
        return quoteText;
    }

    public void setQuoteText(String quoteText) {
        this.quoteText = quoteText;
    }

    public String getQuoteAttribution() {
        return quoteAttribution;
    }

    public void setQuoteAttribution(String quoteAttribution) {
        this.quoteAttribution = quoteAttribution;
    }

    public boolean isQuoteConsent() {
        return quoteConsent;
    }

    public void setQuoteConsent(boolean quoteConsent) {
        this.quoteConsent = quoteConsent;
    }

    public String getProblemReference() {
        return problemReference;
    }

    public void setProblemReference(String problemReference) {
        this.problemReference = problemReference;
    }
}
