/** Rate limits on pages: a page over its limit answers 429 and says when to try again, instead of its results. */
package org.ctphub.web.ratelimit;
