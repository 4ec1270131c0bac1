package org.ctphub.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.ctphub.domain.shared.Texts;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Something a person said in a session, in their words. Attribution describes a role ("a carer",
 * "youth worker"), never a name. A quote without the speaker's consent never leaves the
 * partnership: {@link CoDesignSession#quotesVisibleTo} is the only way out of the aggregate.
 */
@Entity
@Table(name = "session_quote")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class SessionQuote {

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_ATTRIBUTION_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CoDesignSession session;

    @Column(name = "quote_text", nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Column(name = "attribution", length = MAX_ATTRIBUTION_LENGTH)
    private String attribution;

    @Column(name = "consent", nullable = false)
    private boolean consent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SessionQuote() {
        // for JPA
    }

    SessionQuote(CoDesignSession session, String text, String attribution, boolean consent, Instant now) {
        this.session = Objects.requireNonNull(session, "session");
        this.text = Texts.required("text", text, MAX_TEXT_LENGTH);
        this.attribution = Texts.optional("attribution", attribution, MAX_ATTRIBUTION_LENGTH);
        this.consent = consent;
        this.createdAt = now;
    }

    void changeConsent(boolean given) {
        this.consent = given;
    }

    /** Whether the speaker agreed that the quote may be read outside the partnership. */
    public boolean mayLeavePartnership() {
        return consent;
    }

    public Long id() {
        return id;
    }

    public String text() {
        return text;
    }

    /** Who said it, without names: a role or a description. */
    public String attribution() {
        return attribution;
    }

    public boolean consent() {
        return consent;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
