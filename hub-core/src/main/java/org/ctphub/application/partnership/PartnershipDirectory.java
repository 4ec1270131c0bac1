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

    /** Partnerships the public may see, by name. */
    public List<Partnership> listPublic() {
        return partnerships.listAll().stream()
                .filter(p -> p.status().isPubliclyListed())
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
            if (partnerships.existsBySlug(slug)) {
                throw new ConflictException("The slug " + slug + " is already taken by another partnership.");
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
            auditTrail.doneTo(partnership, "partnership.register");
            return partnership;
        } catch (HubException refused) {
            auditTrail.refused("partnership.register", "partnership", request.slug(), refused);
            throw refused;
        }
    }

    public Partnership activate(@NotNull PartnershipSlug slug) {
        access.requireCentralTeam();
        Partnership partnership = partnerships.findBySlug(slug).orElseThrow(PartnershipNotFoundException::new);
        partnership.activate();
        auditTrail.doneTo(partnership, "partnership.activate");
        return partnership;
    }
}
