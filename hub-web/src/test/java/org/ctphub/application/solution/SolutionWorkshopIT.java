package org.ctphub.application.solution;

import static org.ctphub.application.solution.SolutionStories.advisorOf;
import static org.ctphub.application.solution.SolutionStories.complete;
import static org.ctphub.application.solution.SolutionStories.organiserOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionChangedException;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionSort;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.infrastructure.migration.SchemaMigration;
import org.ctphub.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partnership's own solutions on the real database: drafts, edits that never overwrite,
 * publication as immutable revisions, retirement, who may do what, the audit trail, and that no
 * other partnership can read, edit or fork a draft.
 */
@ExtendWith(ArquillianExtension.class)
class SolutionWorkshopIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.hubWar().addClass(SolutionStories.class);
    }

    @Inject
    SolutionStories stories;

    @Inject
    SolutionWorkshop workshop;

    @Inject
    Forking forking;

    @Inject
    SolutionLibrary library;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void advisorsWriteEditPublishAndRetireOrganisersReadAndEverythingIsAudited() throws SQLException {
        PartnershipRef p = stories.newPartnership("sol-life");
        SolutionSlug slug = new SolutionSlug("events-calendar");
        Caller advisor = advisorOf(p);

        Solution draft =
                stories.as(advisor, p, () -> workshop.create(new NewSolution(slug.value(), bare("Events calendar"))));
        assertEquals(SolutionStatus.DRAFT, draft.status());
        assertEquals(0, draft.revision());
        InvalidInputException incomplete = assertThrows(
                InvalidInputException.class,
                () -> stories.as(advisor, p, () -> workshop.publish(slug, draft.version())));
        assertEquals("tagline", incomplete.field(), "publishing names the first field it still needs");

        Solution complete =
                stories.as(advisor, p, () -> workshop.edit(slug, draft.version(), complete("Events calendar")));
        assertTrue(complete.version() > draft.version(), "an edit moves the version");
        SolutionChangedException stale = assertThrows(
                SolutionChangedException.class,
                () -> stories.as(advisor, p, () -> workshop.edit(slug, draft.version(), bare("Lost update"))));
        assertEquals(complete.version(), stale.currentVersion());
        assertEquals(
                "Events calendar",
                stories.as(advisor, p, () -> workshop.get(slug)).fields().name());
        assertEquals(
                "Events calendar",
                stories.as(advisor, p, () -> workshop.get(slug)).fields().name(),
                "nothing was overwritten");

        Solution published = stories.as(advisor, p, () -> workshop.publish(slug, complete.version()));
        assertEquals(SolutionStatus.PUBLISHED, published.status());
        assertEquals(1, published.revision());
        InvalidInputException unchanged = assertThrows(
                InvalidInputException.class,
                () -> stories.as(advisor, p, () -> workshop.publish(slug, published.version())));
        assertEquals("status", unchanged.field());

        LineageNode inLibrary = library.lineage(p.slug(), slug).root();
        assertEquals(LineageNode.State.PUBLISHED, inLibrary.state());
        assertEquals("Events calendar", inLibrary.name().orElseThrow());
        assertTrue(inLibrary.focus());

        Caller organiser = organiserOf(p);
        assertEquals(
                "Events calendar",
                stories.as(organiser, p, () -> workshop.get(slug)).fields().name());
        assertEquals(
                1,
                stories.as(organiser, p, () -> workshop.list(Set.of(), SolutionSort.parse("name"), PageRequest.first()))
                        .total());
        assertThrows(
                ForbiddenException.class,
                () -> stories.as(organiser, p, () -> workshop.create(new NewSolution("organisers-own", bare("Mine")))));
        assertThrows(
                ForbiddenException.class,
                () -> stories.as(organiser, p, () -> workshop.retire(slug, published.version())));

        Caller centralTeam = Caller.signedIn("central-1", "Central Team", Set.of(Role.CENTRAL_TEAM), Set.of());
        assertEquals(
                "Events calendar",
                stories.as(centralTeam, p, () -> workshop.get(slug)).fields().name());
        assertThrows(
                ForbiddenException.class,
                () -> stories.as(centralTeam, p, () -> workshop.edit(slug, published.version(), bare("Central's"))),
                "the central team reads every workspace but writes in none");
        assertThrows(
                org.ctphub.domain.shared.UnauthenticatedException.class,
                () -> stories.as(Caller.anonymous(), p, () -> workshop.get(slug)),
                "drafts are never public");

        Solution retired = stories.as(advisor, p, () -> workshop.retire(slug, published.version()));
        assertEquals(SolutionStatus.RETIRED, retired.status());
        assertEquals(
                LineageNode.State.RETIRED,
                library.lineage(p.slug(), slug).root().state(),
                "still in the library");

        stories.as(advisor, p, () -> workshop.create(new NewSolution("meals-board", bare("Meals board"))));
        assertEquals(
                List.of("events-calendar", "meals-board"), slugs(p, advisor, Set.of(), SolutionSort.parse("name")));
        assertEquals(
                List.of("meals-board"),
                slugs(p, advisor, Set.of(SolutionStatus.DRAFT), SolutionSort.parse("-updated")));
        assertEquals(
                List.of("meals-board", "events-calendar"),
                slugs(p, advisor, Set.of(), SolutionSort.parse("status")),
                "draft, published, retired");

        String who = advisor.subject() + "|" + advisor.displayName();
        assertEquals(
                List.of(
                        who + "|solution.create|events-calendar|DONE",
                        who + "|solution.publish|events-calendar|INVALID",
                        who + "|solution.edit|events-calendar|DONE",
                        who + "|solution.edit|events-calendar|CONFLICT",
                        who + "|solution.publish|events-calendar/revisions/1|DONE",
                        who + "|solution.publish|events-calendar|INVALID",
                        organiser.subject() + "|" + organiser.displayName()
                                + "|solution.create|organisers-own|FORBIDDEN",
                        organiser.subject() + "|" + organiser.displayName()
                                + "|solution.retire|events-calendar|FORBIDDEN",
                        "central-1|Central Team|solution.edit|events-calendar|FORBIDDEN",
                        who + "|solution.retire|events-calendar|DONE",
                        who + "|solution.create|meals-board|DONE"),
                auditEntries(p));
    }

    @Test
    void aPublishedRevisionNeverChanges() throws SQLException {
        PartnershipRef p = stories.newPartnership("sol-rev");
        Caller advisor = advisorOf(p);
        SolutionSlug slug = new SolutionSlug("meals-board");
        Solution first = stories.published(p, slug.value(), "Meals and volunteers board");

        SolutionFields cheaper = withTagline(complete("Meals and volunteers board"), "Cheaper to run now");
        Solution edited = stories.as(advisor, p, () -> workshop.edit(slug, first.version(), cheaper));
        SolutionRevision one = onlyRevision(p, advisor, slug);
        assertEquals(1, one.number());
        assertEquals(
                "What's on nearby, on paper and online", one.fields().tagline(), "the working copy moved on alone");
        assertEquals(p.id(), one.partnershipId().longValue());

        try (Connection connection = dataSource.getConnection()) {
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> execute(
                            connection,
                            "UPDATE solution_revision SET tagline = 'rewritten' WHERE solution_id = ?",
                            first.id()));
            assertTrue(update.getMessage().contains("immutable"), update.getMessage());
            SQLException delete = assertThrows(
                    SQLException.class,
                    () -> execute(connection, "DELETE FROM solution_revision WHERE solution_id = ?", first.id()));
            assertTrue(delete.getMessage().contains("kept"), delete.getMessage());
        }

        Solution second = stories.as(advisor, p, () -> workshop.publish(slug, edited.version()));
        assertEquals(2, second.revision());
        List<SolutionRevision> revisions = stories.as(advisor, p, () -> workshop.revisions(slug));
        assertEquals(
                List.of(2, 1), revisions.stream().map(SolutionRevision::number).toList());
        assertEquals("Cheaper to run now", revisions.get(0).fields().tagline());
        assertEquals(
                "What's on nearby, on paper and online",
                revisions.get(1).fields().tagline());
        assertEquals(
                List.of(SolutionField.TAGLINE),
                revisions.get(1).fields().changesTo(revisions.get(0).fields()).stream()
                        .map(c -> c.field())
                        .toList());
    }

    @Test
    void anotherPartnershipsDraftCannotBeReadEditedOrForkedAndItsSolutionsCannotBeChanged() {
        PartnershipRef a = stories.newPartnership("sol-iso-a");
        PartnershipRef b = stories.newPartnership("sol-iso-b");
        Caller memberOfBoth = Caller.signedIn(
                "isolation-advisor", "Isolation Advisor", Set.of(Role.TECH_ADVISOR), Set.of(a.slug(), b.slug()));
        SolutionSlug secret = new SolutionSlug("secret-plan");
        SolutionSlug open = new SolutionSlug("open-plan");
        Solution aDraft =
                stories.as(memberOfBoth, a, () -> workshop.create(new NewSolution("secret-plan", bare("A's draft"))));
        Solution aPublished = stories.published(a, "open-plan", "A's published plan");
        var bProblem = stories.raiseProblem(b, "B's problem");

        // From B's path, the tenant filter alone keeps A's rows away, though the caller is a member of both.
        assertThrows(SolutionNotFoundException.class, () -> stories.as(memberOfBoth, b, () -> workshop.get(secret)));
        assertThrows(SolutionNotFoundException.class, () -> stories.as(memberOfBoth, b, () -> workshop.get(open)));
        assertThrows(
                SolutionNotFoundException.class,
                () -> stories.as(memberOfBoth, b, () -> workshop.edit(secret, aDraft.version(), bare("hijacked"))));
        assertThrows(
                SolutionNotFoundException.class,
                () -> stories.as(memberOfBoth, b, () -> workshop.edit(open, aPublished.version(), bare("hijacked"))));
        assertThrows(
                SolutionNotFoundException.class,
                () -> stories.as(memberOfBoth, b, () -> workshop.publish(secret, aDraft.version())));
        assertThrows(
                SolutionNotFoundException.class,
                () -> stories.as(memberOfBoth, b, () -> workshop.retire(open, aPublished.version())));
        assertEquals(
                0,
                stories.as(
                                memberOfBoth,
                                b,
                                () -> workshop.list(Set.of(), SolutionSort.parse(null), PageRequest.first()))
                        .total());

        // A draft is not in the library: forking it answers exactly like forking nothing.
        SolutionNotFoundException draft = assertThrows(
                SolutionNotFoundException.class,
                () -> stories.as(
                        advisorOf(b),
                        b,
                        () -> forking.fork(new ForkRequest(a.slug(), secret, null, bProblem, null, "k-1"))));
        SolutionNotFoundException missing = assertThrows(
                SolutionNotFoundException.class,
                () -> stories.as(
                        advisorOf(b),
                        b,
                        () -> forking.fork(new ForkRequest(
                                a.slug(), new SolutionSlug("no-such-plan"), null, bProblem, null, "k-2"))));
        assertEquals(missing.getMessage(), draft.getMessage());
        assertThrows(SolutionNotFoundException.class, () -> library.lineage(a.slug(), secret));

        // B may have its own secret-plan; each partnership sees its own.
        stories.as(memberOfBoth, b, () -> workshop.create(new NewSolution("secret-plan", bare("B's draft"))));
        assertEquals(
                "A's draft",
                stories.as(memberOfBoth, a, () -> workshop.get(secret)).fields().name());
        assertEquals(
                "B's draft",
                stories.as(memberOfBoth, b, () -> workshop.get(secret)).fields().name());
        assertEquals(
                "A's published plan",
                stories.as(memberOfBoth, a, () -> workshop.get(open)).fields().name());

        // Someone of B only may not even list A's workspace.
        assertThrows(
                ForbiddenException.class,
                () -> stories.as(
                        advisorOf(b), a, () -> workshop.list(Set.of(), SolutionSort.parse(null), PageRequest.first())));
        assertThrows(
                ForbiddenException.class,
                () -> stories.as(advisorOf(b), a, () -> workshop.edit(secret, aDraft.version(), bare("hijacked"))));
        assertEquals(
                "A's draft",
                stories.as(memberOfBoth, a, () -> workshop.get(secret)).fields().name());
    }

    private List<String> slugs(PartnershipRef p, Caller caller, Set<SolutionStatus> statuses, SolutionSort sort) {
        return stories.as(caller, p, () -> workshop.list(statuses, sort, PageRequest.first())).items().stream()
                .map(s -> s.slug().value())
                .toList();
    }

    private SolutionRevision onlyRevision(PartnershipRef p, Caller caller, SolutionSlug slug) {
        List<SolutionRevision> revisions = stories.as(caller, p, () -> workshop.revisions(slug));
        assertEquals(1, revisions.size());
        return revisions.get(0);
    }

    private static SolutionFields bare(String name) {
        return new SolutionFields(
                name, null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null, null,
                List.of(), null, null);
    }

    private static SolutionFields withTagline(SolutionFields c, String tagline) {
        return new SolutionFields(
                c.name(),
                tagline,
                c.description(),
                c.kind(),
                c.themes(),
                c.licence(),
                c.sourceUrl(),
                c.websiteUrl(),
                c.maturity(),
                c.monthlyCostPounds(),
                c.hosting(),
                c.skills(),
                c.personalData(),
                c.personalDataNotes(),
                c.accessibility(),
                c.accessibilityNotes(),
                c.languages(),
                c.connectivity(),
                c.adoptionGuide());
    }

    private static void execute(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private List<String> auditEntries(PartnershipRef p) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT actor_subject, actor_name, action, object_ref, outcome FROM audit_entry "
                                + "WHERE partnership_id = ? AND action LIKE 'solution.%' ORDER BY id")) {
            select.setLong(1, p.id());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(String.join(
                            "|",
                            result.getString(1),
                            result.getString(2),
                            result.getString(3),
                            String.valueOf(result.getString(4)),
                            result.getString(5)));
                }
            }
        }
        return rows;
    }
}
