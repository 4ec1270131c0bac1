package org.ctphub.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.ctphub.application.partnership.NewPartnership;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.problem.NewProblem;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.EnglishRegion;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.PartnershipStatus;
import org.ctphub.domain.shared.Visibility;

/**
 * Seeds the demo network from {@code demo-network.json}, then its library ({@link DemoSolutions}).
 * Seeding is idempotent: a partnership that exists is left as it is, its problems are only added
 * while it has none, and each solution, fork or revision only while it is missing, so a restart,
 * or a start interrupted half way, never duplicates anything.
 */
@ApplicationScoped
public class DemoNetwork {

    static final String RESOURCE = "demo-network.json";
    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    @Inject
    PartnershipDirectory directory;

    @Inject
    ProblemRegister problemRegister;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DemoWorkspaces workspaces;

    @Inject
    DemoSolutions solutions;

    @ActivateRequestContext
    public void seed() {
        JsonObject network = read();
        int added = 0;
        for (JsonValue value : network.getJsonArray("partnerships")) {
            if (seedPartnership(value.asJsonObject())) {
                added++;
            }
        }
        int solutionSteps = solutions.seed();
        LOG.info("Demo network seeded: " + added + " partnerships added, the rest already present; " + solutionSteps
                + " steps of the demo library taken, the rest already done");
    }

    private boolean seedPartnership(JsonObject json) {
        PartnershipSlug slug = new PartnershipSlug(json.getString("slug"));
        currentCaller.identify(Caller.system("demo-network"));
        boolean added = false;
        if (!directory.exists(slug)) {
            directory.register(new NewPartnership(
                    slug.value(),
                    json.getString("name"),
                    Nation.valueOf(json.getString("nation")),
                    json.isNull("englishRegion") ? null : EnglishRegion.valueOf(json.getString("englishRegion")),
                    json.getString("place"),
                    json.getString("referencePrefix"),
                    json.getString("template"),
                    json.getString("profileEn"),
                    json.getString("profileCy")));
            added = true;
        }
        Partnership partnership = directory.find(slug).orElseThrow();
        if (partnership.status() == PartnershipStatus.ONBOARDING) {
            partnership = directory.activate(slug);
        }
        currentCaller.identify(Caller.system("demo-network", slug));
        currentPartnership.runAs(PartnershipRef.of(partnership), () -> seedProblems(json));
        return added;
    }

    private void seedProblems(JsonObject json) {
        if (problemRegister.count() > 0) {
            return;
        }
        for (JsonValue value : json.getJsonArray("problems")) {
            JsonObject problem = value.asJsonObject();
            problemRegister.raise(new NewProblem(
                    problem.getString("title"),
                    problem.getString("summary"),
                    null,
                    themes(problem),
                    null,
                    null,
                    null,
                    null,
                    Visibility.valueOf(problem.getString("visibility"))));
        }
        workspaces.seed(json.getString("slug"));
    }

    static Set<String> themes(JsonObject problem) {
        Set<String> themes = new LinkedHashSet<>();
        JsonArray ids = problem.getJsonArray("themes");
        if (ids != null) {
            ids.getValuesAs(JsonString.class).forEach(id -> themes.add(id.getString()));
        }
        return themes;
    }

    private JsonObject read() {
        try (InputStream in = DemoNetwork.class.getResourceAsStream(RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo network", e);
        }
    }
}
