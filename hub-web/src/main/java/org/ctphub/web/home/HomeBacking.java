package org.ctphub.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.domain.partnership.Partnership;

/** Backs {@code index.xhtml}. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    PartnershipDirectory directory;

    private List<Partnership> partnerships;

    public List<Partnership> getPartnerships() {
        if (partnerships == null) {
            partnerships = directory.listPublic();
        }
        return partnerships;
    }
}
