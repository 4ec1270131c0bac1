package org.ctphub.domain.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.ctphub.domain.shared.Texts;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A problem a community has named. Tenant-owned: the {@code partnership_id} column is not mapped
 * as a field but written and filtered by EclipseLink from the entity manager's tenant, so no
 * code can forget it.
 */
@Entity
@Table(name = "problem")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class Problem {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_SUMMARY_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = ProblemReferenceConverter.class)
    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private ProblemReference reference;

    @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "summary", nullable = false, length = MAX_SUMMARY_LENGTH)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ProblemStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 16)
    private Visibility visibility;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Problem() {
        // for JPA
    }

    private Problem(ProblemReference reference, String title, String summary, Visibility visibility, Instant now) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.status = ProblemStatus.RAISED;
        this.visibility = visibility == null ? Visibility.defaultVisibility() : visibility;
        this.createdAt = now;
        this.updatedAt = now;
        describe(title, summary, now);
    }

    /** A newly named problem starts as raised and, unless said otherwise, visible to its partnership only. */
    public static Problem raise(
            ProblemReference reference, String title, String summary, Visibility visibility, Instant now) {
        return new Problem(reference, title, summary, visibility, now);
    }

    public void describe(String newTitle, String newSummary, Instant now) {
        this.title = Texts.required("title", newTitle, MAX_TITLE_LENGTH);
        this.summary = Texts.required("summary", newSummary, MAX_SUMMARY_LENGTH);
        this.updatedAt = now;
    }

    public void changeVisibility(Visibility newVisibility, Instant now) {
        this.visibility = Objects.requireNonNull(newVisibility, "visibility");
        this.updatedAt = now;
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    public Long id() {
        return id;
    }

    public ProblemReference reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public ProblemStatus status() {
        return status;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
