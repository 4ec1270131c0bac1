/**
 * A partnership's co-design sessions: read by visibility and membership, with quotes given
 * without consent only ever shown inside the partnership; recorded, edited and quoted by its tech
 * advisors and organisers, deleted by its tech advisors. Edits carry the version they were made
 * from.
 */
package org.ctphub.api.session;
