/**
 * The public library's API, for anyone without a token or a cookie: the list, its filters, a
 * solution's page, its revisions, lineage and metadata; and a problem's matches in the library,
 * for the partnership's members.
 */
package org.ctphub.api.library;
