/** The public library's pages: browse, filter and search published solutions, and a solution's page. */
package org.ctphub.web.library;
