/** Pieces every resource uses: paging parameters, page envelopes, request bodies read field by field, dates and the API's names for enum values. */
package org.ctphub.api.shared;
