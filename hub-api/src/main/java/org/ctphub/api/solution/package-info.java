/**
 * A partnership's solutions in its workspace (drafts, edits, publication as immutable revisions,
 * retirement), forks of other partnerships' published solutions, and the upstream changes a fork
 * adopts or skips. Only the partnership's members and the central team see any of it; to anyone
 * else signed in it does not exist (404). The library's public reads are elsewhere.
 */
package org.ctphub.api.solution;
