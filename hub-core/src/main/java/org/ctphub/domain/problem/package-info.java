/**
 * The problem register: problems a community names, owned by one partnership and filtered to it
 * by the tenancy mechanism.
 */
package org.ctphub.domain.problem;
