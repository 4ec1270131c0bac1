package org.ctphub.application.tenancy;

import java.util.Objects;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;

/** The identity of a partnership, small enough to carry through a request. */
public record PartnershipRef(long id, PartnershipSlug slug) {

    public PartnershipRef {
        Objects.requireNonNull(slug, "slug");
    }

    public static PartnershipRef of(Partnership partnership) {
        return new PartnershipRef(partnership.id(), partnership.slug());
    }
}
