/** Keycloak's Admin REST API, reached with the hub's own service account, for partnership groups. */
package org.ctphub.infrastructure.keycloak;
