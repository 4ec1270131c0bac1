package org.ctphub.domain.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A theme a problem is filed under, one row each, so that problems can be filtered and counted by
 * theme. Part of the problem: only {@link Problem} creates or removes one.
 */
@Entity
@Table(name = "problem_theme")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class ProblemTheme {

    public static final int MAX_ID_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "problem_id", nullable = false, updatable = false)
    private Problem problem;

    @Column(name = "theme_id", nullable = false, updatable = false, length = MAX_ID_LENGTH)
    private String themeId;

    protected ProblemTheme() {
        // for JPA
    }

    ProblemTheme(Problem problem, String themeId) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.themeId = Objects.requireNonNull(themeId, "themeId");
    }

    public String themeId() {
        return themeId;
    }
}
