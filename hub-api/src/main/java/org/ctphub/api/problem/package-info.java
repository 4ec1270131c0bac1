/** A partnership's problem register: read by visibility and membership (from the bearer token), raised by its tech advisors. */
package org.ctphub.api.problem;
