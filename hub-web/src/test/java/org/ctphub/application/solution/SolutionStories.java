package org.ctphub.application.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.ctphub.application.partnership.NewPartnership;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.domain.solution.AccessibilityStatus;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.PersonalData;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.domain.solution.SolutionSlug;

/**
 * The in-container tests' way into the solution use cases: partnerships of their own (registered
 * and activated as the central team does it), people in them, and work done as one of them in
 * one partnership, from the test's thread or from threads of its own.
 */
@ApplicationScoped
public class SolutionStories {

    @Inject
    PartnershipDirectory directory;

    @Inject
    ProblemRegister register;

    @Inject
    SolutionWorkshop workshop;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CurrentPartnership currentPartnership;

    /** A new, active partnership from the urban template (themes loneliness, food, ...), with a unique slug. */
    public PartnershipRef newPartnership(String stem) {
        String slug = stem + "-" + UUID.randomUUID().toString().substring(0, 8);
        currentCaller.identify(Caller.system("solution-test"));
        directory.register(new NewPartnership(
                slug,
                "Partnership " + slug,
                Nation.WALES,
                null,
                "Somewhere",
                "SOL",
                "urban-neighbourhood",
                "Profile",
                null));
        directory.activate(new PartnershipSlug(slug));
        return directory.resolve(slug).orElseThrow();
    }

    /** A partnership registered but not activated: not public yet. */
    public PartnershipRef onboardingPartnership(String stem) {
        String slug = stem + "-" + UUID.randomUUID().toString().substring(0, 8);
        currentCaller.identify(Caller.system("solution-test"));
        directory.register(new NewPartnership(
                slug,
                "Partnership " + slug,
                Nation.WALES,
                null,
                "Somewhere",
                "SOL",
                "urban-neighbourhood",
                "Profile",
                null));
        return directory.resolve(slug).orElseThrow();
    }

    public static Caller advisorOf(PartnershipRef partnership) {
        return Caller.signedIn(
                "advisor-" + partnership.slug(),
                "Advisor of " + partnership.slug(),
                Set.of(Role.TECH_ADVISOR),
                Set.of(partnership.slug()));
    }

    public static Caller organiserOf(PartnershipRef partnership) {
        return Caller.signedIn(
                "organiser-" + partnership.slug(),
                "Organiser of " + partnership.slug(),
                Set.of(Role.ORGANISER),
                Set.of(partnership.slug()));
    }

    /** Works as {@code caller} in {@code partnership}, outside any transaction. */
    public <T> T as(Caller caller, PartnershipRef partnership, Supplier<T> work) {
        currentCaller.identify(caller);
        return currentPartnership.callAs(partnership, work);
    }

    /** The same, in a request of its own: for threads the test starts, which have none. */
    @ActivateRequestContext
    public <T> T inOwnRequest(Caller caller, PartnershipRef partnership, Supplier<T> work) {
        return as(caller, partnership, work);
    }

    public ProblemReference raiseProblem(PartnershipRef partnership, String title) {
        return as(
                        advisorOf(partnership),
                        partnership,
                        () -> register.raise(new NewProblem(title, "Summary of " + title, Visibility.PARTNERSHIP)))
                .reference();
    }

    /** A draft with a complete card, published as revision 1 by the partnership's advisor. */
    public Solution published(PartnershipRef partnership, String slug, String name) {
        return as(advisorOf(partnership), partnership, () -> {
            Solution draft = workshop.create(new NewSolution(slug, complete(name)));
            return workshop.publish(new SolutionSlug(slug), draft.version());
        });
    }

    /** Everything publishing needs, in the urban template's themes. */
    public static SolutionFields complete(String name) {
        return new SolutionFields(
                name,
                "What's on nearby, on paper and online",
                "A calendar of **local activities**, printed weekly for people who are not online.",
                SolutionKind.SOFTWARE,
                List.of("loneliness", "food"),
                "AGPL-3.0-or-later",
                "https://example.org/events",
                null,
                Maturity.PILOT,
                15,
                "A small shared web host",
                "Someone to add events weekly",
                PersonalData.CONTACT_DETAILS,
                "Organisers' email addresses",
                AccessibilityStatus.MEETS_WCAG_2_2_AA,
                null,
                List.of("en", "cy"),
                Connectivity.LOW_BANDWIDTH,
                "1. Host it. 2. Print the weekly sheet.");
    }
}
