package org.ctphub.domain.partnership;

import java.util.List;
import java.util.Optional;

/** The partnerships of the network. Not tenant-filtered: a partnership is the tenant itself. */
public interface Partnerships {

    Optional<Partnership> findBySlug(PartnershipSlug slug);

    Optional<Partnership> find(long id);

    /** Finds the partnership and locks its row until the transaction ends, to hand out references safely. */
    Optional<Partnership> findForUpdate(long id);

    List<Partnership> listAll();

    boolean existsBySlug(PartnershipSlug slug);

    void add(Partnership partnership);
}
