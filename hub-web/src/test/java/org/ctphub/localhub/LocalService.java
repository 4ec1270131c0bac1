package org.ctphub.localhub;

/**
 * A process the local hub depends on. Services are started in order and stopped in reverse,
 * so that nothing outlives what it needs (the application server goes before its database).
 */
public interface LocalService extends AutoCloseable {

    String name();

    void start() throws StartupException;

    /** Idempotent and safe to call from a shutdown hook, also when {@link #start()} failed. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
