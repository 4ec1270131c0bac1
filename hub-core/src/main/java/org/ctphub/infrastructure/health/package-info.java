/** MicroProfile Health checks: the hub is ready only when its database answers and its schema is migrated. */
package org.ctphub.infrastructure.health;
