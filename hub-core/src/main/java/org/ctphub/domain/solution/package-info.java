/**
 * Solutions a partnership co-designed, their "can we run this?" card, the immutable revisions
 * published to the network library, and forks: one partnership's copy of another's solution,
 * which keeps track of its upstream. The working copy is tenant-owned; what other partnerships
 * may read of it (revisions, the network's index of solutions, lineages) lives in tables that are
 * not, and holds only what was published.
 */
package org.ctphub.domain.solution;
