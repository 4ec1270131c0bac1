package org.ctphub.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Texts;

/**
 * A Community Technology Partnership: the tenant. It hands out the references of its problems,
 * so that they are unique within it and never reused.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_PLACE_LENGTH = 500;
    public static final int MAX_PROFILE_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, updatable = false, length = PartnershipSlug.MAX_LENGTH)
    private String slug;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Embedded
    private Region region;

    @Column(name = "place", length = MAX_PLACE_LENGTH)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PartnershipStatus status;

    @Column(name = "template_id", length = 64)
    private String templateId;

    @Column(name = "reference_prefix", nullable = false, length = 6)
    private String referencePrefix;

    @Column(name = "profile_en")
    private String profileEn;

    @Column(name = "profile_cy")
    private String profileCy;

    @Column(name = "next_problem_number", nullable = false)
    private int nextProblemNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Partnership() {
        // for JPA
    }

    private Partnership(
            PartnershipSlug slug,
            String name,
            Region region,
            String place,
            ReferencePrefix referencePrefix,
            String templateId,
            Instant now) {
        this.slug = slug.value();
        this.region = region;
        this.referencePrefix = referencePrefix.value();
        this.templateId = templateId;
        this.status = PartnershipStatus.ONBOARDING;
        this.nextProblemNumber = 1;
        this.createdAt = now;
        rename(name);
        describePlace(place);
    }

    /** A new partnership starts onboarding; it is listed publicly once it is activated. */
    public static Partnership onboard(
            PartnershipSlug slug,
            String name,
            Region region,
            String place,
            ReferencePrefix referencePrefix,
            String templateId,
            Instant now) {
        return new Partnership(slug, name, region, place, referencePrefix, templateId, now);
    }

    public void rename(String newName) {
        this.name = Texts.required("name", newName, MAX_NAME_LENGTH);
    }

    public void describePlace(String newPlace) {
        this.place = Texts.optional("place", newPlace, MAX_PLACE_LENGTH);
    }

    public void writeProfile(String english, String welsh) {
        this.profileEn = Texts.optional("profileEn", english, MAX_PROFILE_LENGTH);
        this.profileCy = Texts.optional("profileCy", welsh, MAX_PROFILE_LENGTH);
    }

    public void activate() {
        if (status == PartnershipStatus.CLOSED) {
            throw new InvalidInputException("status", Refusal.of("partnership.status.closed"));
        }
        status = PartnershipStatus.ACTIVE;
    }

    public void pause() {
        if (status != PartnershipStatus.ACTIVE) {
            throw new InvalidInputException("status", Refusal.of("partnership.status.pause-inactive"));
        }
        status = PartnershipStatus.PAUSED;
    }

    public void close() {
        status = PartnershipStatus.CLOSED;
    }

    /** Hands out the next problem reference; the caller must hold this row locked for the rest of its transaction. */
    public ProblemReference allocateProblemReference() {
        ProblemReference reference = new ProblemReference(referencePrefix, nextProblemNumber);
        nextProblemNumber++;
        return reference;
    }

    /** The profile in the reader's language, falling back to English when no Welsh text exists yet. */
    public Optional<String> profileFor(Locale locale) {
        if ("cy".equals(locale.getLanguage()) && profileCy != null) {
            return Optional.of(profileCy);
        }
        return Optional.ofNullable(profileEn);
    }

    public Long id() {
        return id;
    }

    public PartnershipSlug slug() {
        return new PartnershipSlug(slug);
    }

    public String name() {
        return name;
    }

    public Region region() {
        return region;
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public PartnershipStatus status() {
        return status;
    }

    public Optional<String> templateId() {
        return Optional.ofNullable(templateId);
    }

    public ReferencePrefix referencePrefix() {
        return new ReferencePrefix(referencePrefix);
    }

    public Optional<String> profileEn() {
        return Optional.ofNullable(profileEn);
    }

    public Optional<String> profileCy() {
        return Optional.ofNullable(profileCy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
