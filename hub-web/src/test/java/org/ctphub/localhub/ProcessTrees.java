package org.ctphub.localhub;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stopping a process together with its children. Keycloak runs as {@code sh kc.sh} with a Java
 * child: ending only the shell would leave the server running, orphaned.
 */
final class ProcessTrees {

    private ProcessTrees() {}

    /** SIGTERM, up to {@code grace} to exit, then SIGKILL for whatever of the tree is left. */
    static void stop(Process process, Duration grace) {
        // Taken before the parent goes: orphans are reparented and no longer listed as descendants.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            // The shell exits once its child did, but a child may outlive a shell that was killed.
            for (ProcessHandle child : descendants) {
                child.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (Exception timedOutOrFailed) {
            // Handled below: whatever still runs is killed.
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
