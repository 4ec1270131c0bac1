package org.ctphub.localhub;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks a port up front, because a server that finds its port taken fails late and obscurely. */
public final class Ports {

    private Ports() {}

    public static void requireFree(int port, String purpose) throws StartupException {
        requireFree(port, purpose, null);
    }

    /** @param property the system property that chooses this port, named in the message; may be null */
    public static void requireFree(int port, String purpose, String property) throws StartupException {
        // Bind the wildcard address: Payara listens on all interfaces, so a listener on any of them
        // clashes. SO_REUSEADDR as the servers themselves use it: only a live listener is a clash,
        // not connections of a previous run lingering in TIME_WAIT.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupException(
                    "Port " + port + " (" + purpose + ") is already in use."
                            + " Stop whatever listens there (`ss -ltnp 'sport = :" + port + "'` shows it)"
                            + (property == null ? "." : " or choose another port with -D" + property + "=N."),
                    e);
        }
    }
}
