/**
 * JPA repositories and the one entity manager they share per transaction, bound to the current
 * partnership so that EclipseLink filters and fills every tenant-owned entity.
 */
package org.ctphub.infrastructure.persistence.jpa;
