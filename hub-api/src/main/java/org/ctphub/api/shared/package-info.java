/** Pieces every resource uses: paging parameters, page envelopes and the API's names for enum values. */
package org.ctphub.api.shared;
