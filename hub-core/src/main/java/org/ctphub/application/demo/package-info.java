/** The demo network a local run starts with: partnerships and their problems, seeded idempotently. */
package org.ctphub.application.demo;
