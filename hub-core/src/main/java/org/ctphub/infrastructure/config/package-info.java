/** Run-time settings, all read through MicroProfile Config so that environment variables override them. */
package org.ctphub.infrastructure.config;
