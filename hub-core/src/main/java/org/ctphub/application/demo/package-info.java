/**
 * The demo network a local run starts with: partnerships, their problems and sessions, and the
 * solutions and forks of its library, seeded idempotently through the same use cases as people use.
 */
package org.ctphub.application.demo;
