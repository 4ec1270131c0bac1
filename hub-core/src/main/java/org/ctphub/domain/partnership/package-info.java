/**
 * The partnership: the tenant of the hub. It is not itself tenant-owned; every tenant-owned
 * record carries the id of the partnership it belongs to.
 */
package org.ctphub.domain.partnership;
