package org.ctphub.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctphub.application.demo.DemoNetwork;
import org.ctphub.infrastructure.config.HubSettings;
import org.ctphub.infrastructure.migration.SchemaMigrated;

/** Seeds the demo network once the schema is ready, when the hub is configured to. */
@ApplicationScoped
public class DemoNetworkStartup {

    private static final Logger LOG = Logger.getLogger(DemoNetworkStartup.class.getName());

    @Inject
    HubSettings settings;

    @Inject
    DemoNetwork demoNetwork;

    void onSchemaMigrated(@Observes SchemaMigrated event) {
        if (!settings.demoSeed()) {
            return;
        }
        try {
            demoNetwork.seed();
        } catch (RuntimeException e) {
            // A broken demo must not take the hub down with it; the log says what went wrong.
            LOG.log(Level.SEVERE, "Seeding the demo network failed", e);
        }
    }
}
