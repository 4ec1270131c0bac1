/**
 * A partnership's problem register: read by visibility and membership (from the bearer token); kept
 * by its tech advisors with versioned edits and status changes; evidence added by advisors and organisers.
 */
package org.ctphub.api.problem;
