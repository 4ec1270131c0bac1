package org.ctphub.application.solution;

import static org.ctphub.application.solution.SolutionStories.advisorOf;
import static org.ctphub.application.solution.SolutionStories.complete;
import static org.ctphub.application.solution.SolutionStories.organiserOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ctphub.application.security.Caller;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.solution.Lineage;
import org.ctphub.domain.solution.LineageNode;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionChange;
import org.ctphub.domain.solution.SolutionChangedException;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.domain.solution.UpstreamChoice;
import org.ctphub.infrastructure.migration.SchemaMigration;
import org.ctphub.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forks across partnerships on the real database: lineage over three generations, one fork
 * however often and however concurrently it is requested, and upstream changes adopted or
 * skipped field by field.
 */
@ExtendWith(ArquillianExtension.class)
class ForkingIT {

    private static final int CONCURRENT_REQUESTS = 20;

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

    @Resource
    ManagedThreadFactory threads;

    @Test
    void theLineageRunsAcrossThreeGenerationsAndShowsDraftForksOnlyAsWorkInProgress() {
        PartnershipRef a = stories.newPartnership("fork-gen-a");
        PartnershipRef b = stories.newPartnership("fork-gen-b");
        PartnershipRef c = stories.newPartnership("fork-gen-c");
        PartnershipRef d = stories.newPartnership("fork-gen-d");
        SolutionSlug calendar = new SolutionSlug("events-calendar");
        Solution root = stories.published(a, calendar.value(), "Events calendar");

        Solution bFork = fork(b, a, calendar, "key-b");
        assertEquals(calendar, bFork.slug());
        assertEquals(Optional.of(root.id()), bFork.upstreamSolutionId());
        assertEquals(Optional.of(1), bFork.upstreamRevision());
        assertEquals(SolutionStatus.DRAFT, bFork.status());
        Solution bPublished = stories.as(advisorOf(b), b, () -> {
            Solution renamed = workshop.edit(calendar, bFork.version(), complete("Torbay events"));
            return workshop.publish(calendar, renamed.version());
        });

        // C already has a solution of that name: the fork of the fork is made unique beside it.
        stories.as(advisorOf(c), c, () -> workshop.create(new NewSolution(calendar.value(), complete("C's own"))));
        Solution cFork = fork(c, b, calendar, "key-c");
        assertEquals(new SolutionSlug("events-calendar-2"), cFork.slug());
        assertEquals(Optional.of(bPublished.id()), cFork.upstreamSolutionId());
        stories.as(advisorOf(c), c, () -> workshop.publish(cFork.slug(), cFork.version()));
        fork(d, a, calendar, "key-d"); // left as a draft

        Lineage fromC = library.lineage(c.slug(), cFork.slug());
        LineageNode top = fromC.root();
        assertEquals(a.slug().value(), top.partnershipSlug().orElseThrow());
        assertEquals("Events calendar", top.name().orElseThrow());
        assertEquals(4, fromC.size());
        assertEquals(3, top.depth());
        assertEquals(2, top.forks().size());

        LineageNode bNode = top.forks().get(0);
        assertEquals(b.slug().value(), bNode.partnershipSlug().orElseThrow());
        assertEquals("Torbay events", bNode.name().orElseThrow());
        assertEquals(Optional.of(1), bNode.forkedFromRevision());
        assertEquals(LineageNode.State.PUBLISHED, bNode.state());

        LineageNode cNode = bNode.forks().get(0);
        assertEquals(c.slug().value(), cNode.partnershipSlug().orElseThrow());
        assertEquals("events-calendar-2", cNode.solutionSlug().orElseThrow());
        assertTrue(cNode.focus());
        assertEquals(cNode, fromC.focus());

        LineageNode dNode = top.forks().get(1);
        assertEquals(LineageNode.State.IN_PROGRESS, dNode.state());
        assertEquals(d.slug().value(), dNode.partnershipSlug().orElseThrow());
        assertEquals(Optional.empty(), dNode.solutionSlug(), "nothing of a draft");
        assertEquals(Optional.empty(), dNode.name());

        Lineage fromA = library.lineage(a.slug(), calendar);
        assertTrue(fromA.root().focus());
        assertEquals(4, fromA.size(), "the same tree, whichever member it is read from");
        assertThrows(
                SolutionNotFoundException.class,
                () -> library.lineage(d.slug(), calendar),
                "a draft fork has no lineage of its own to show");
    }

    @Test
    void twentyIdenticalForkRequestsAtOnceMakeExactlyOneFork() throws Exception {
        PartnershipRef a = stories.newPartnership("fork-race-a");
        PartnershipRef b = stories.newPartnership("fork-race-b");
        SolutionSlug board = new SolutionSlug("meals-board");
        Solution upstream = stories.published(a, board.value(), "Meals and volunteers board");
        ProblemReference problem = stories.raiseProblem(b, "Nobody knows who cooks tonight");
        ForkRequest request =
                new ForkRequest(a.slug(), board, null, problem, "Run from the community centre", "race-key-1");
        Caller advisor = advisorOf(b);

        CyclicBarrier start = new CyclicBarrier(CONCURRENT_REQUESTS);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS, threads);
        List<Future<Solution>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                answers.add(pool.submit(() -> stories.inOwnRequest(advisor, b, () -> {
                    await(start);
                    return forking.fork(request);
                })));
            }
            List<Long> forkIds = new ArrayList<>();
            for (Future<Solution> answer : answers) {
                forkIds.add(answer.get(240, TimeUnit.SECONDS).id());
            }
            assertEquals(
                    1, forkIds.stream().distinct().count(), "every caller is answered with the same fork: " + forkIds);
        } finally {
            pool.shutdownNow();
        }

        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM solution WHERE partnership_id = ? AND upstream_solution_id = ?",
                        b.id(),
                        upstream.id()));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM network_solution WHERE partnership_id = ? AND upstream_solution_id = ?",
                        b.id(),
                        upstream.id()));
        assertEquals(
                CONCURRENT_REQUESTS,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE partnership_id = ? AND action = 'solution.fork' AND outcome = 'DONE' AND object_ref = ?",
                        b.id(),
                        "meals-board"),
                "each request is audited as answered with the fork");

        // Retried later: the same fork; a new key for the same solution: refused, naming the fork.
        Solution retried = stories.as(advisor, b, () -> forking.fork(request));
        assertEquals(board, retried.slug());
        assertEquals(Optional.of(upstream.id()), retried.upstreamSolutionId());
        assertEquals(Optional.of("Run from the community centre"), retried.adapted());
        assertEquals(Optional.of(problem), retried.addressesProblem());
        ConflictException already = assertThrows(
                ConflictException.class,
                () -> stories.as(advisor, b, () -> forking.fork(withKey(request, "another-key"))));
        assertTrue(already.getMessage().contains("meals-board"), already.getMessage());
        assertEquals(
                retried.id(),
                stories.as(advisor, b, () -> forking.fork(withKey(request, null)))
                        .id(),
                "no key: the fork there is");

        Solution other = stories.published(a, "check-in", "Check-in safety bot");
        assertThrows(
                ConflictException.class,
                () -> stories.as(
                        advisor,
                        b,
                        () -> forking.fork(new ForkRequest(a.slug(), other.slug(), null, problem, null, "race-key-1"))),
                "a key names one request");
        assertThrows(
                InvalidInputException.class,
                () -> stories.as(
                        advisor,
                        b,
                        () -> forking.fork(new ForkRequest(
                                a.slug(), other.slug(), null, new ProblemReference("SOL", 999), null, "k-3"))));
        assertThrows(
                NotFoundException.class,
                () -> stories.as(
                        advisor,
                        b,
                        () -> forking.fork(new ForkRequest(a.slug(), other.slug(), 7, problem, null, "k-4"))));
        assertThrows(
                ForbiddenException.class,
                () -> stories.as(
                        organiserOf(b),
                        b,
                        () -> forking.fork(new ForkRequest(a.slug(), other.slug(), null, problem, null, "k-5"))));
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM solution WHERE partnership_id = ? AND upstream_solution_id = ?",
                        b.id(),
                        other.id()));
    }

    @Test
    void upstreamChangesAreAdoptedOrSkippedFieldByFieldAndTheBaseMovesOnlyWhenAllAreDecided() {
        PartnershipRef a = stories.newPartnership("fork-up-a");
        PartnershipRef b = stories.newPartnership("fork-up-b");
        SolutionSlug bot = new SolutionSlug("check-in-bot");
        Solution upstream = stories.published(a, bot.value(), "Check-in safety bot");
        Solution fork = fork(b, a, bot, "up-key");
        Caller advisor = advisorOf(b);
        assertEquals(
                List.of(),
                stories.as(advisor, b, () -> forking.upstreamChanges(bot))
                        .changes()
                        .changes());

        SolutionFields before = upstream.fields();
        SolutionFields after = new SolutionFields(
                before.name(),
                "Checks in on people reporting to the Home Office",
                before.description(),
                before.kind(),
                before.themes(),
                before.licence(),
                before.sourceUrl(),
                before.websiteUrl(),
                before.maturity(),
                40,
                before.hosting(),
                before.skills(),
                before.personalData(),
                before.personalDataNotes(),
                before.accessibility(),
                before.accessibilityNotes(),
                List.of("en", "cy", "ar"),
                before.connectivity(),
                before.adoptionGuide());
        stories.as(
                advisorOf(a),
                a,
                () -> workshop.publish(
                        bot, workshop.edit(bot, upstream.version(), after).version()));

        UpstreamReview review = stories.as(organiserOf(b), b, () -> forking.upstreamChanges(bot));
        assertEquals(1, review.changes().baseRevision());
        assertEquals(2, review.changes().latestRevision());
        assertEquals(
                List.of(SolutionField.TAGLINE, SolutionField.MONTHLY_COST, SolutionField.LANGUAGES),
                review.changes().changes().stream().map(SolutionChange::field).toList(),
                "exactly the fields changed");
        assertEquals(
                List.of("ar"),
                review.changes().changeOf(SolutionField.LANGUAGES).orElseThrow().added());
        assertEquals(a.slug().value(), review.upstreamPartnershipSlug());
        assertFalse(review.changes().upstreamRetired());

        UpstreamReview adopted = decide(b, bot, SolutionField.MONTHLY_COST, UpstreamChoice.ADOPT, review.forkVersion());
        assertEquals(
                Map.of(SolutionField.MONTHLY_COST, UpstreamChoice.ADOPT),
                adopted.changes().decided());
        Solution halfway = stories.as(advisor, b, () -> workshop.get(bot));
        assertEquals(40, halfway.fields().monthlyCostPounds());
        assertEquals(Optional.of(1), halfway.upstreamRevision(), "not every change is decided yet");

        assertThrows(
                SolutionChangedException.class,
                () -> decide(b, bot, SolutionField.TAGLINE, UpstreamChoice.SKIP, review.forkVersion()));
        assertThrows(
                InvalidInputException.class,
                () -> decide(b, bot, SolutionField.NAME, UpstreamChoice.ADOPT, adopted.forkVersion()));
        assertThrows(
                ConflictException.class,
                () -> decide(b, bot, SolutionField.MONTHLY_COST, UpstreamChoice.SKIP, adopted.forkVersion()));
        assertThrows(
                ForbiddenException.class,
                () -> stories.as(
                        organiserOf(b),
                        b,
                        () -> forking.decide(bot, SolutionField.TAGLINE, UpstreamChoice.SKIP, adopted.forkVersion())));

        UpstreamReview skipped = decide(b, bot, SolutionField.TAGLINE, UpstreamChoice.SKIP, adopted.forkVersion());
        assertEquals(1, skipped.changes().baseRevision());
        assertEquals(
                List.of(SolutionField.LANGUAGES),
                skipped.changes().pending().stream().map(SolutionChange::field).toList());
        UpstreamReview settled = decide(b, bot, SolutionField.LANGUAGES, UpstreamChoice.ADOPT, skipped.forkVersion());
        assertEquals(2, settled.changes().baseRevision(), "every change decided: the fork follows revision 2");
        assertEquals(1, settled.forkedFromRevision(), "it was still forked from revision 1");
        assertEquals(List.of(), settled.changes().changes());

        Solution moved = stories.as(advisor, b, () -> workshop.get(bot));
        assertEquals(Optional.of(2), moved.upstreamRevision());
        assertEquals(before.tagline(), moved.fields().tagline(), "skipped");
        assertEquals(40, moved.fields().monthlyCostPounds(), "adopted");
        assertEquals(List.of("en", "cy", "ar"), moved.fields().languages(), "adopted");
        assertEquals(fork.id(), moved.id());

        ProblemReference another = stories.raiseProblem(b, "Another problem the bot could answer");
        Solution described = stories.as(
                advisor, b, () -> workshop.describeFork(bot, moved.version(), another, "Arabic added for the drop-in"));
        assertEquals(Optional.of(another), described.addressesProblem());
        assertEquals(Optional.of("Arabic added for the drop-in"), described.adapted());
        assertThrows(
                InvalidInputException.class,
                () -> stories.as(
                        advisor,
                        b,
                        () -> workshop.describeFork(bot, described.version(), new ProblemReference("SOL", 999), null)),
                "the problem must be one of this partnership's");
        assertThrows(
                InvalidInputException.class,
                () -> stories.as(
                        advisorOf(a),
                        a,
                        () -> workshop.describeFork(bot, workshop.get(bot).version(), another, null)),
                "only a fork is described so");

        Solution current = stories.as(advisorOf(a), a, () -> workshop.get(bot));
        stories.as(advisorOf(a), a, () -> workshop.retire(bot, current.version()));
        assertTrue(stories.as(advisor, b, () -> forking.upstreamChanges(bot))
                .changes()
                .upstreamRetired());
        PartnershipRef late = stories.newPartnership("fork-up-late");
        assertThrows(ConflictException.class, () -> fork(late, a, bot, "late-key"), "a retired solution is not forked");
        assertThrows(
                NotFoundException.class,
                () -> stories.as(advisorOf(a), a, () -> forking.upstreamChanges(bot)),
                "the upstream itself has none");
    }

    private Solution fork(PartnershipRef into, PartnershipRef from, SolutionSlug slug, String key) {
        ProblemReference problem = stories.raiseProblem(into, "A problem in " + into.slug());
        return stories.as(
                advisorOf(into),
                into,
                () -> forking.fork(
                        new ForkRequest(from.slug(), slug, null, problem, "Adapted for " + into.slug(), key)));
    }

    private UpstreamReview decide(
            PartnershipRef p, SolutionSlug fork, SolutionField field, UpstreamChoice choice, long version) {
        return stories.as(advisorOf(p), p, () -> forking.decide(fork, field, choice, version));
    }

    private static ForkRequest withKey(ForkRequest request, String key) {
        return new ForkRequest(
                request.upstreamPartnership(),
                request.upstreamSolution(),
                request.revision(),
                request.problem(),
                request.adapted(),
                key);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
