/**
 * The problem register: problems a community names, with their themes, groups affected, evidence
 * and status history, owned by one partnership and filtered to it by the tenancy mechanism.
 */
package org.ctphub.domain.problem;
