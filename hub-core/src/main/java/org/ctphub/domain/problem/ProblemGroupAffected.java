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
 * A group of people a problem affects, one row each, so that problems can be filtered by group.
 * Part of the problem: only {@link Problem} creates or removes one.
 */
@Entity
@Table(name = "problem_group_affected")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class ProblemGroupAffected {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "problem_id", nullable = false, updatable = false)
    private Problem problem;

    @Column(name = "label", nullable = false, updatable = false, length = GroupsAffected.MAX_LABEL_LENGTH)
    private String label;

    protected ProblemGroupAffected() {
        // for JPA
    }

    ProblemGroupAffected(Problem problem, String label) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.label = Objects.requireNonNull(label, "label");
    }

    public String label() {
        return label;
    }
}
