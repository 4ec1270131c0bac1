package org.ctphub.localhub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Polls an HTTP endpoint until it reports ready. Payara Micro logs "ready" even when the
 * deployment failed, so only an answer from the application itself counts.
 */
public final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final URI uri;
    private final Predicate<HttpResponse<String>> ready;
    private final Duration timeout;

    public Readiness(URI uri, Predicate<HttpResponse<String>> ready, Duration timeout) {
        this.uri = uri;
        this.ready = ready;
        this.timeout = timeout;
    }

    /**
     * The hub's contract: {@code /health/ready} answers 200 and names the database check. A
     * Payara whose deployment failed may answer 200 with no checks at all.
     */
    public static Readiness ofHub(URI baseUri, Duration timeout) {
        return new Readiness(
                baseUri.resolve("health/ready"),
                response -> response.statusCode() == 200 && response.body().contains("ctphub-database"),
                timeout);
    }

    public URI uri() {
        return uri;
    }

    /** Waits until ready; gives up early when {@code process} dies, since it would never become ready. */
    public void await(ProcessHandle process, String what) throws StartupException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new StartupException(what + " exited before it became ready.");
            }
            try {
                if (ready.test(client.send(request, HttpResponse.BodyHandlers.ofString()))) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Expected until the HTTP listener is up.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupException("Interrupted while waiting for " + what + ".", e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupException(
                        what + " was not ready at " + uri + " within " + timeout.toSeconds() + " s.");
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupException("Interrupted while waiting for " + what + ".", e);
            }
        }
    }
}
