package org.ctphub.domain.tenancy;

/**
 * The names every tenant-owned entity uses with EclipseLink's single-table multitenancy. The
 * tenant is the partnership's numeric id, given to each entity manager under
 * {@link #CONTEXT_PROPERTY}; an entity manager without it cannot read or write these entities.
 */
public final class TenantOwned {

    /** The discriminator column; it leads every key and index of a tenant-owned table. */
    public static final String COLUMN = "partnership_id";

    /** The entity-manager property that carries the current partnership's id. */
    public static final String CONTEXT_PROPERTY = "ctphub.partnership-id";

    private TenantOwned() {}
}
