package org.ctphub.application.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ctphub.application.audit.AuditTrail;
import org.ctphub.application.security.Access;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipNotFoundException;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.partnership.ReferencePrefix;
import org.ctphub.domain.partnership.Region;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.UnauthenticatedException;

/** The partnerships of the network, as the public and the edges see them. */
@ApplicationScoped
@Transactional
public class PartnershipDirectory {

    @Inject
    Partnerships partnerships;

    @Inject
    Clock clock;

    @Inject
    Access access;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PartnershipGroups groups;

    @Inject
    PartnershipTemplates templates;

    /** Partnerships the public may see, by name. */
    public List<Partnership> listPublic() {
        return partnerships.listAll().stream()
                .filter(p -> p.status().isPubliclyListed())
                .sorted(Comparator.comparing(Partnership::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Every partnership, onboarding ones included, by name: the central team's view of the network. */
    public List<Partnership> listForCentralTeam() {
        access.requireCentralTeam();
        return partnerships.listAll().stream()
                .sorted(Comparator.comparing(Partnership::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The partnership the public may see at this slug; an onboarding partnership is not there yet. */
    public Partnership getPublic(@NotNull PartnershipSlug slug) {
        return partnerships
                .findBySlug(slug)
                .filter(p -> p.status().isPubliclyListed())
                .orElseThrow(PartnershipNotFoundException::new);
    }

    /**
     * The partnership at this slug as the caller may see it: its members and the central team see
     * it from the day it is registered, everyone else once it is publicly listed.
     */
    public Partnership get(@NotNull PartnershipSlug slug) {
        return partnerships
                .findBySlug(slug)
                .filter(p -> p.status().isPubliclyListed() || access.canReadEverything(p.slug()))
                .orElseThrow(PartnershipNotFoundException::new);
    }

    /** Resolves a slug typed in a path; anything malformed simply names no partnership. */
    public Optional<PartnershipRef> resolve(String slug) {
        if (!PartnershipSlug.isValid(slug)) {
            return Optional.empty();
        }
        return partnerships.findBySlug(new PartnershipSlug(slug)).map(PartnershipRef::of);
    }

    public Optional<Partnership> find(@NotNull PartnershipSlug slug) {
        return partnerships.findBySlug(slug);
    }

    public boolean exists(@NotNull PartnershipSlug slug) {
        return partnerships.existsBySlug(slug);
    }

    /** Registers a partnership (the central team's work); it starts onboarding, so it is not public until activated. */
    public Partnership register(@NotNull NewPartnership request) {
        try {
            access.requireCentralTeam();
            PartnershipSlug slug = new PartnershipSlug(request.slug());
            if (request.templateId() != null
                    && templates.find(request.templateId()).isEmpty()) {
                throw new InvalidInputException(
                        "templateId",
                        Refusal.of(
                                "partnership.template.unknown",
                                templates.list().stream()
                                        .map(PartnershipTemplates.Template::id)
                                        .toList()));
            }
            if (partnerships.existsBySlug(slug)) {
                throw new ConflictException(Refusal.of("partnership.slug.taken", slug.value()));
            }
            Partnership partnership = Partnership.onboard(
                    slug,
                    request.name(),
                    Region.of(request.nation(), request.englishRegion()),
                    request.place(),
                    new ReferencePrefix(request.referencePrefix()),
                    request.templateId(),
                    clock.instant());
            partnership.writeProfile(request.profileEn(), request.profileCy());
            partnerships.add(partnership);
            // Last, so that a refusal by the identity provider rolls the partnership back with it.
            groups.ensureGroup(slug);
            auditTrail.doneTo(partnership, "partnership.register");
            return partnership;
        } catch (HubException refused) {
            auditTrail.refused("partnership.register", "partnership", request.slug(), refused);
            throw refused;
        }
    }

    /** Opens an onboarding (or paused) partnership to the public: the central team's work. */
    public Partnership activate(@NotNull PartnershipSlug slug) {
        try {
            access.requireCentralTeam();
            Partnership partnership = partnerships.findBySlug(slug).orElseThrow(PartnershipNotFoundException::new);
            partnership.activate();
            auditTrail.doneTo(partnership, "partnership.activate");
            return partnership;
        } catch (HubException refused) {
            auditTrail.refused("partnership.activate", "partnership", slug.value(), refused);
            throw refused;
        }
    }

    /**
     * The members of a partnership, for its own members and the central team. To anyone else
     * signed in the list does not exist (404), as for any other partnership's object.
     */
    public List<PartnershipGroups.Member> members(@NotNull PartnershipSlug slug) {
        if (!access.caller().isSignedIn()) {
            throw new UnauthenticatedException();
        }
        Partnership partnership = partnerships.findBySlug(slug).orElseThrow(PartnershipNotFoundException::new);
        if (!access.canReadEverything(partnership.slug())) {
            throw new PartnershipNotFoundException();
        }
        return groups.members(partnership.slug());
    }
}
