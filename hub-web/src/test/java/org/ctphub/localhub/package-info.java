/**
 * The local hub behind {@code ./mvnw package -Prun}: a real MariaDB and Payara Micro with the hub,
 * started in order, waited on through the hub's own readiness, and stopped cleanly on Ctrl-C.
 */
package org.ctphub.localhub;
