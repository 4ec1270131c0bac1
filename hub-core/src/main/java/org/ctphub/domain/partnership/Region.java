package org.ctphub.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * Where a partnership is: its nation and, in England, its region. Funder reports group by it.
 */
@Embeddable
public class Region {

    @Enumerated(EnumType.STRING)
    @Column(name = "nation", nullable = false, length = 24)
    private Nation nation;

    @Enumerated(EnumType.STRING)
    @Column(name = "english_region", length = 32)
    private EnglishRegion englishRegion;

    protected Region() {
        // for JPA
    }

    private Region(Nation nation, EnglishRegion englishRegion) {
        this.nation = nation;
        this.englishRegion = englishRegion;
    }

    public static Region of(Nation nation, EnglishRegion englishRegion) {
        if (nation == null) {
            throw InvalidInputException.required("nation");
        }
        if (nation == Nation.ENGLAND && englishRegion == null) {
            throw new InvalidInputException("region", Refusal.of("partnership.region.needed"));
        }
        if (nation != Nation.ENGLAND && englishRegion != null) {
            throw new InvalidInputException("region", Refusal.of("partnership.region.only-england"));
        }
        return new Region(nation, englishRegion);
    }

    public Nation nation() {
        return nation;
    }

    public Optional<EnglishRegion> englishRegion() {
        return Optional.ofNullable(englishRegion);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region that && nation == that.nation && englishRegion == that.englishRegion;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nation, englishRegion);
    }
}
