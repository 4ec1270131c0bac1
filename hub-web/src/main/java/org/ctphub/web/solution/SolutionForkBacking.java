package org.ctphub.web.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.application.ratelimit.RateLimitDecision;
import org.ctphub.application.solution.ForkRequest;
import org.ctphub.application.solution.Forking;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.Solution;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;
import org.ctphub.web.ratelimit.PageRateLimits;
import org.ctphub.web.workspace.SignedInBacking;

/**
 * Backs {@code p/workspace/solution-fork.xhtml} at {@code .../workspace/solutions/fork?from=
 * {partnership}/{solution}}: names the published solution to fork, asks which of this
 * partnership's problems it is for and what will be adapted, and forks it. Each time the form is
 * shown it gets a new idempotency key, which every submission of that form sends: a double click
 * or a resubmitted post makes one fork, and each answers with it. Without {@code from}, the page
 * asks for the solution's address.
 */
@Named
@RequestScoped
public class SolutionForkBacking {

    private static final Map<String, String> INPUTS = Map.of(
            "problem", "fork:problem",
            "adapted", "fork:adapted");

    @Inject
    Forking forking;

    @Inject
    SolutionLibrary library;

    @Inject
    ProblemChoices problemChoices;

    @Inject
    PageRateLimits rateLimits;

    @Inject
    SignedInBacking signedIn;

    @Inject
    CurrentPartnership currentPartnership;

    private boolean looked;
    private UpstreamAddress address;
    private LineageNode upstream;
    private ProblemChoices.Choices choices;

    private String key;
    private String problemReference;
    private String typedReference;
    private String adapted;
    private String alreadyForked;

    public void load() {
        key = UUID.randomUUID().toString();
        if (getFrom() != null && signedIn.isTechAdvisor() && getUpstream() == null) {
            Forms.error(Forms.text("solution.fork.unknown", getFrom()));
        }
    }

    /**
     * The address of the solution to fork: from the query string when the form is shown, from the
     * form's own field when it is sent (a form posts to the address without its query).
     */
    public String getFrom() {
        String from = Pages.parameter("from");
        return from == null || from.isBlank() ? null : from.strip();
    }

    /** The solution to fork as the library shows it; null when there is none at that address (a draft included). */
    public LineageNode getUpstream() {
        if (!looked) {
            looked = true;
            address = UpstreamAddress.parse(getFrom()).orElse(null);
            if (address != null) {
                try {
                    upstream = library.lineage(address.partnership(), address.solution())
                            .focus();
                } catch (NotFoundException e) {
                    upstream = null;
                }
            }
        }
        return upstream;
    }

    public boolean isRetired() {
        return getUpstream() != null && upstream.state() == LineageNode.State.RETIRED;
    }

    public ProblemChoices.Choices getChoices() {
        if (choices == null) {
            choices = problemChoices.recent(null);
        }
        return choices;
    }

    public String fork() {
        if (getUpstream() == null) {
            Forms.error(Forms.text("solution.fork.unknown", String.valueOf(getFrom())));
            return null;
        }
        String reference = typedReference == null || typedReference.isBlank() ? problemReference : typedReference;
        if (reference == null || reference.isBlank()) {
            Forms.errorOn(INPUTS.get("problem"), Forms.text("solution.fork.problem.required"));
            return null;
        }
        RateLimitDecision limit = rateLimits.tryAcquire(RateLimit.FORK);
        if (!limit.allowed()) {
            Forms.error(Forms.text("solution.fork.limited", limit.retryAfterSeconds()));
            return null;
        }
        Solution fork;
        try {
            fork = forking.fork(new ForkRequest(
                    address.partnership(), address.solution(), null, SolutionRoute.problem(reference), adapted, key));
        } catch (InvalidInputException e) {
            Forms.show(e, INPUTS);
            return null;
        } catch (ConflictException e) {
            if ("solution.fork.already".equals(e.refusal().key())) {
                alreadyForked = String.valueOf(e.refusal().arguments().get(0));
            }
            Forms.error(e);
            return null;
        } catch (HubException e) {
            Forms.error(e);
            return null;
        }
        Forms.doneAfterRedirect(Forms.text("solution.forked"));
        Pages.redirect("/p/" + currentPartnership.require().slug().value() + "/workspace/solutions/"
                + fork.slug().value());
        return null;
    }

    /** The address of the upstream's page in the library. */
    public String getLibraryPath() {
        return Optional.ofNullable(address).map(a -> "/library/" + a).orElse(null);
    }

    /** After a refusal because this partnership already forked the solution: its fork's slug. */
    public String getAlreadyForked() {
        return alreadyForked;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getProblemReference() {
        return problemReference;
    }

    public void setProblemReference(String problemReference) {
        this.problemReference = problemReference;
    }

    public String getTypedReference() {
        return typedReference;
    }

    public void setTypedReference(String typedReference) {
        this.typedReference = typedReference;
    }

    public String getAdapted() {
        return adapted;
    }

    public void setAdapted(String adapted) {
        this.adapted = adapted;
    }
}
