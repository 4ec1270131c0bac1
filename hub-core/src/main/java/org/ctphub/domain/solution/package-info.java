/**
 * Solutions a partnership co-designed, their "can we run this?" card, the immutable revisions
 * published to the network library, and forks: one partnership's copy of another's solution,
 * which keeps track of its upstream.
 */
package org.ctphub.domain.solution;
