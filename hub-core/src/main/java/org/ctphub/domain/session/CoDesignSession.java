package org.ctphub.domain.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Texts;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A co-design session: when and how a partnership met people, how many came and from how many
 * groups (counts, never names), what was said, decided and agreed to do, which of the
 * partnership's problems it worked on, and the quotes people gave. Tenant-owned like every
 * record of a partnership; its numeric id is global, and lookups go through the tenant filter.
 */
@Entity
@Table(name = "co_design_session")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class CoDesignSession {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_PLACE_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 50_000;
    public static final int MAX_DECISIONS_LENGTH = 10_000;
    public static final int MAX_ACTIONS_LENGTH = 10_000;
    public static final int MAX_COUNT = 100_000;

    /** Sessions are recorded after the fact or planned ahead, but not further ahead than this. */
    public static final int MAX_YEARS_AHEAD = 1;

    /** Older dates are typing mistakes; the bound also keeps every date inside what MariaDB stores. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    private SessionFormat format;

    @Column(name = "place", length = MAX_PLACE_LENGTH)
    private String place;

    @Column(name = "participants", nullable = false)
    private int participants;

    @Column(name = "groups_represented", nullable = false)
    private int groupsRepresented;

    @Column(name = "notes")
    private String notes;

    @Column(name = "decisions")
    private String decisions;

    @Column(name = "actions")
    private String actions;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 16)
    private Visibility visibility;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SessionQuote> quotes = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<SessionProblemLink> problemLinks = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_subject", nullable = false, updatable = false)
    private String createdBySubject;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    private String createdByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_subject", nullable = false)
    private String updatedBySubject;

    @Column(name = "updated_by_name", nullable = false)
    private String updatedByName;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CoDesignSession() {
        // for JPA
    }

    private CoDesignSession(SessionDetails details, Editor by, Instant now) {
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBySubject = by.subject();
        this.createdByName = by.displayName();
        describe(details, by, now);
    }

    /** A session written down; unless said otherwise only its partnership may read it. */
    public static CoDesignSession record(SessionDetails details, Editor by, Instant now) {
        return new CoDesignSession(details, by, now);
    }

    /** Replaces everything people wrote about the session; quotes and linked problems stay. */
    public void describe(SessionDetails details, Editor by, Instant now) {
        Objects.requireNonNull(details, "details");
        String newTitle = Texts.required("title", details.title(), MAX_TITLE_LENGTH);
        LocalDate newDate = checkedDate(details.date(), now);
        if (details.format() == null) {
            throw InvalidInputException.required("format");
        }
        String newPlace = Texts.optional("place", details.place(), MAX_PLACE_LENGTH);
        int newParticipants = count("participants", details.participants());
        int newGroups = count("groupsRepresented", details.groupsRepresented());
        String newNotes = Texts.optional("notes", details.notes(), MAX_NOTES_LENGTH);
        String newDecisions = Texts.optional("decisions", details.decisions(), MAX_DECISIONS_LENGTH);
        String newActions = Texts.optional("actions", details.actions(), MAX_ACTIONS_LENGTH);

        this.title = newTitle;
        this.sessionDate = newDate;
        this.format = details.format();
        this.place = newPlace;
        this.participants = newParticipants;
        this.groupsRepresented = newGroups;
        this.notes = newNotes;
        this.decisions = newDecisions;
        this.actions = newActions;
        this.visibility = details.visibility() == null ? Visibility.defaultVisibility() : details.visibility();
        touch(by, now);
    }

    /**
     * Refuses a change made from an outdated copy: the caller read {@code expectedVersion}, and
     * someone has saved the session since.
     */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new SessionChangedException(updatedByName, updatedAt, version);
        }
    }

    /**
     * Links a problem the caller has loaded from this partnership's register; loading it there is
     * what proves it belongs to the same partnership. Linking twice changes nothing.
     *
     * @return whether the link is new
     */
    public boolean linkProblem(Problem problem, Editor by, Instant now) {
        Long problemId = Objects.requireNonNull(problem, "problem").id();
        Objects.requireNonNull(problemId, "a problem is stored before it is linked");
        if (linkedProblemIds().contains(problemId)) {
            return false;
        }
        problemLinks.add(new SessionProblemLink(this, problemId));
        touch(by, now);
        return true;
    }

    /** @return whether there was a link to remove */
    public boolean unlinkProblem(long problemId, Editor by, Instant now) {
        boolean removed = problemLinks.removeIf(link -> link.problemId() == problemId);
        if (removed) {
            touch(by, now);
        }
        return removed;
    }

    public Set<Long> linkedProblemIds() {
        return problemLinks.stream()
                .map(SessionProblemLink::problemId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public SessionQuote addQuote(String text, String attribution, boolean consent, Editor by, Instant now) {
        SessionQuote quote = new SessionQuote(this, text, attribution, consent, now);
        quotes.add(quote);
        touch(by, now);
        return quote;
    }

    public void removeQuote(long quoteId, Editor by, Instant now) {
        quotes.remove(quote(quoteId));
        touch(by, now);
    }

    /** Consent can be given later, or withdrawn: withdrawing takes the quote back inside the partnership. */
    public void changeQuoteConsent(long quoteId, boolean consent, Editor by, Instant now) {
        SessionQuote quote = quote(quoteId);
        if (quote.consent() != consent) {
            quote.changeConsent(consent);
            touch(by, now);
        }
    }

    /**
     * The quotes this audience may read, in the order they were added. Outside the partnership
     * only quotes given with consent are included; this is the only way to read quotes.
     */
    public List<SessionQuote> quotesVisibleTo(Audience audience) {
        Objects.requireNonNull(audience, "audience");
        return quotes.stream()
                .filter(q -> audience == Audience.PARTNERSHIP || q.mayLeavePartnership())
                .toList();
    }

    private SessionQuote quote(long quoteId) {
        return quotes.stream()
                .filter(q -> q.id() != null && q.id() == quoteId)
                .findFirst()
                .orElseThrow(QuoteNotFoundException::new);
    }

    private void touch(Editor by, Instant now) {
        Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBySubject = by.subject();
        this.updatedByName = by.displayName();
    }

    private static LocalDate checkedDate(LocalDate date, Instant now) {
        if (date == null) {
            throw InvalidInputException.required("date");
        }
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(MAX_YEARS_AHEAD);
        if (date.isAfter(latest)) {
            throw new InvalidInputException("date", Refusal.of("session.date.too-late"));
        }
        if (date.isBefore(EARLIEST_DATE)) {
            throw new InvalidInputException("date", Refusal.of("session.date.too-early"));
        }
        return date;
    }

    private static int count(String field, int value) {
        if (value < 0 || value > MAX_COUNT) {
            throw new InvalidInputException(field, Refusal.of("input.between", Refusal.field(field), 0, MAX_COUNT));
        }
        return value;
    }

    public boolean isVisibleTo(Set<Visibility> readable) {
        return readable.contains(visibility);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return sessionDate;
    }

    public SessionFormat format() {
        return format;
    }

    public String place() {
        return place;
    }

    public int participants() {
        return participants;
    }

    public int groupsRepresented() {
        return groupsRepresented;
    }

    /** Markdown source, rendered and sanitised at the edge. */
    public String notes() {
        return notes;
    }

    public String decisions() {
        return decisions;
    }

    public String actions() {
        return actions;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Editor createdBy() {
        return new Editor(createdBySubject, createdByName);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Editor updatedBy() {
        return new Editor(updatedBySubject, updatedByName);
    }

    public long version() {
        return version;
    }
}
