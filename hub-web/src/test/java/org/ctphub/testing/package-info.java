/**
 * What every integration test shares: the one hub and database started for the test run,
 * deployments for Arquillian, fixtures written straight to the database, and plain HTTP calls.
 */
package org.ctphub.testing;
