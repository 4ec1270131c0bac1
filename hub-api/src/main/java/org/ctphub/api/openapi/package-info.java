/** The OpenAPI document at {@code /openapi}: what Payara's scan of the annotations leaves to finish. */
package org.ctphub.api.openapi;
