/**
 * Concepts shared by every aggregate: visibility, paging and the one unchecked business
 * exception hierarchy that each edge translates once. A refusal carries a key of the refusals
 * bundle ({@code org/ctphub/domain/refusals.properties}, in English and Welsh) and its arguments.
 */
package org.ctphub.domain.shared;
