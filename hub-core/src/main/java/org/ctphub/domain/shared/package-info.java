/**
 * Concepts shared by every aggregate: visibility, paging and the one unchecked business
 * exception hierarchy that each edge translates once.
 */
package org.ctphub.domain.shared;
