package org.ctphub.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Archives for Arquillian {@code @Deployment} methods. */
public final class Deployments {

    private Deployments() {}

    /**
     * The real hub WAR as built by this module, so in-container tests run against exactly what
     * ships. Tests may add classes or resources to the returned archive.
     */
    public static WebArchive hubWar() {
        File war = new File(System.getProperty(TestHub.WAR, "target/hub-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "No WAR at " + war.getAbsolutePath() + ": build it first (`./mvnw verify`).");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
