/** Work the hub does once at start-up, after its schema is ready. */
package org.ctphub.infrastructure.startup;
