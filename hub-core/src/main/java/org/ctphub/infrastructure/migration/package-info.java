/** The data source and the Flyway migrations that bring its schema up to date before anything else uses it. */
package org.ctphub.infrastructure.migration;
