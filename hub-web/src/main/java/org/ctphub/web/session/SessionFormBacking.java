package org.ctphub.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionView;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.session.SessionChangedException;
import org.ctphub.domain.session.SessionDetails;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;

/**
 * Backs {@code p/workspace/session-form.xhtml}: records a session, or edits the one in the
 * address. The form carries the version it was opened at; if someone saved in between, nothing
 * is overwritten: the form says who, and shows their version to edit again.
 */
@Named
@RequestScoped
public class SessionFormBacking {

    private static final Map<String, String> INPUTS = Map.of(
            "title", "session:title",
            "date", "session:date",
            "format", "session:format",
            "place", "session:place",
            "participants", "session:participants",
            "groupsRepresented", "session:groups",
            "notes", "session:notes",
            "decisions", "session:decisions",
            "actions", "session:actions",
            "visibility", "session:visibility");

    @Inject
    SessionLog sessionLog;

    @Inject
    Markdown markdown;

    @Inject
    CurrentPartnership currentPartnership;

    private Long id;
    private long version;
    private String title;
    private LocalDate date = LocalDate.now();
    private SessionFormat format;
    private String place;
    private int participants;
    private int groupsRepresented;
    private String notes;
    private String decisions;
    private String actions;
    private Visibility visibility = Visibility.defaultVisibility();
    private String preview;

    /** View action on first display: fills the form from the session being edited. */
    public void load() {
        id = Pages.routeId();
        if (id == null) {
            return;
        }
        try {
            fill(sessionLog.get(id));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void fill(SessionView session) {
        version = session.version();
        title = session.title();
        date = session.date();
        format = session.format();
        place = session.place();
        participants = session.participants();
        groupsRepresented = session.groupsRepresented();
        notes = session.notes();
        decisions = session.decisions();
        actions = session.actions();
        visibility = session.visibility();
    }

    public String save() {
        id = Pages.routeId();
        SessionDetails details = new SessionDetails(
                title, date, format, place, participants, groupsRepresented, notes, decisions, actions, visibility);
        SessionView saved;
        try {
            saved = id == null ? sessionLog.record(details) : sessionLog.edit(id, version, details);
        } catch (SessionChangedException e) {
            Forms.error(e);
            fill(sessionLog.get(id));
            return null;
        } catch (InvalidInputException e) {
            Forms.show(e, INPUTS);
            return null;
        } catch (HubException e) {
            Forms.error(e);
            return null;
        }
        Forms.doneAfterRedirect(Forms.text("session.saved"));
        Pages.redirect("/p/" + currentPartnership.require().slug().value() + "/workspace/sessions/" + saved.id());
        return null;
    }

    /** Without JavaScript, the Preview button shows the notes as they will look. */
    public String preview() {
        id = Pages.routeId();
        preview = markdown.toHtml(notes);
        return null;
    }

    public boolean isEditing() {
        return Pages.routeId() != null;
    }

    public List<SessionFormat> getFormats() {
        return Arrays.asList(SessionFormat.values());
    }

    public List<Visibility> getVisibilities() {
        return Arrays.asList(Visibility.values());
    }

    public String getPreview() {
        return preview;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public void setFormat(SessionFormat format) {
        this.format = format;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getParticipants() {
        return participants;
    }

    public void setParticipants(int participants) {
        this.participants = participants;
    }

    public int getGroupsRepresented() {
        return groupsRepresented;
    }

    public void setGroupsRepresented(int groupsRepresented) {
        this.groupsRepresented = groupsRepresented;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }
}
