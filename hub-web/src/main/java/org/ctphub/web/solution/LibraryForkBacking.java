package org.ctphub.web.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.web.Pages;

/**
 * Backs {@code library-views/fork.xhtml} at {@code /library/{partnership}/{solution}/fork}, where the
 * library's "Fork this" leads. {@code SignInGate} has already made sure someone is signed in. A
 * tech advisor of one partnership goes straight on to that partnership's fork form; an advisor
 * of several chooses which; anyone else is told who can fork and why they cannot.
 */
@Named
@RequestScoped
public class LibraryForkBacking {

    @Inject
    SolutionLibrary library;

    @Inject
    Access access;

    @Inject
    PartnershipDirectory directory;

    /** A partnership the caller may fork into, by its slug and name. */
    public record Choice(String slug, String name) {}

    private UpstreamAddress address;
    private LineageNode upstream;
    private List<Choice> choices;

    public void load() {
        address = UpstreamAddress.parse(Pages.routeLibraryPartnership() + "/" + Pages.routeSolution())
                .orElse(null);
        if (address == null) {
            Pages.notFound();
            return;
        }
        try {
            upstream =
                    library.lineage(address.partnership(), address.solution()).focus();
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        List<PartnershipSlug> partnerships = advisedPartnerships();
        if (partnerships.size() == 1) {
            Pages.redirect(forkFormOf(partnerships.get(0).value()));
        }
    }

    /** The partnerships the caller may fork into: those they belong to, if they are a tech advisor. */
    private List<PartnershipSlug> advisedPartnerships() {
        Caller caller = access.caller();
        if (!caller.has(Role.TECH_ADVISOR)) {
            return List.of();
        }
        return caller.partnerships().stream()
                .sorted(java.util.Comparator.comparing(PartnershipSlug::value))
                .toList();
    }

    /** For an advisor of several partnerships: each, by name, to choose where the fork goes. */
    public List<Choice> getPartnerships() {
        if (choices == null) {
            choices = advisedPartnerships().stream()
                    .map(slug -> new Choice(
                            slug.value(),
                            directory.find(slug).map(Partnership::name).orElse(slug.value())))
                    .toList();
        }
        return choices;
    }

    /** The fork form of one of the caller's partnerships, for this solution. */
    public String forkFormOf(String partnership) {
        return "/p/" + partnership + "/workspace/solutions/fork?from="
                + URLEncoder.encode(address.toString(), StandardCharsets.UTF_8);
    }

    public LineageNode getUpstream() {
        return upstream;
    }

    public String getLibraryPath() {
        return "/library/" + address;
    }
}
