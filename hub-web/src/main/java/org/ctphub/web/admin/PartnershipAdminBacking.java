package org.ctphub.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctphub.application.partnership.NewPartnership;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.partnership.PartnershipTemplates;
import org.ctphub.domain.partnership.EnglishRegion;
import org.ctphub.domain.partnership.Nation;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.ReferencePrefix;
import org.ctphub.domain.partnership.Region;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Texts;
import org.ctphub.domain.shared.UnavailableException;
import org.ctphub.web.Forms;

/**
 * Backs {@code admin/partnerships.xhtml}: the central team lists every partnership, registers a
 * new one (which creates its Keycloak group) and activates one when it is ready to be public.
 * After a change the page redirects to itself, so a reload never registers twice.
 */
@Named
@RequestScoped
public class PartnershipAdminBacking {

    private static final Logger LOG = Logger.getLogger(PartnershipAdminBacking.class.getName());

    /** Domain field names, as the exceptions name them, to the ids of this page's inputs. */
    private static final Map<String, String> INPUTS = Map.of(
            "slug", "slug",
            "name", "name",
            "nation", "nation",
            "region", "region",
            "place", "place",
            "referencePrefix", "prefix",
            "templateId", "template",
            "profileEn", "profile-en",
            "profileCy", "profile-cy");

    @Inject
    PartnershipDirectory directory;

    @Inject
    PartnershipTemplates templates;

    private List<Partnership> partnerships;

    private String slug;
    private String name;
    private Nation nation;
    private EnglishRegion region;
    private String place;
    private String prefix;
    private String template;
    private String profileEn;
    private String profileCy;

    public List<Partnership> getPartnerships() {
        if (partnerships == null) {
            partnerships = directory.listForCentralTeam();
        }
        return partnerships;
    }

    public String register() {
        if (!everyFieldValid()) {
            return null;
        }
        try {
            Partnership registered = directory.register(
                    new NewPartnership(slug, name, nation, region, place, prefix, template, profileEn, profileCy));
            return done("admin.partnerships.registered", registered.name());
        } catch (InvalidInputException e) {
            fieldError(e.field(), Forms.message(e));
        } catch (ConflictException e) {
            fieldError("slug", Forms.message(e));
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "Could not register a partnership: " + e.getMessage(), e.getCause());
            formError(text("admin.partnerships.unavailable"));
        }
        return null;
    }

    /**
     * Checks each field on its own with the domain's rules, so that the form shows every
     * problem at once; registering checks them all again.
     */
    private boolean everyFieldValid() {
        boolean valid = true;
        valid &= check(() -> new PartnershipSlug(slug));
        valid &= check(() -> Texts.required("name", name, Partnership.MAX_NAME_LENGTH));
        valid &= check(() -> new ReferencePrefix(prefix));
        valid &= check(() -> Region.of(nation, region));
        valid &= check(() -> Texts.optional("place", place, Partnership.MAX_PLACE_LENGTH));
        valid &= check(() -> Texts.optional("profileEn", profileEn, Partnership.MAX_PROFILE_LENGTH));
        valid &= check(() -> Texts.optional("profileCy", profileCy, Partnership.MAX_PROFILE_LENGTH));
        return valid;
    }

    private boolean check(Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (InvalidInputException e) {
            fieldError(e.field(), Forms.message(e));
            return false;
        }
    }

    public String activate(String partnershipSlug) {
        try {
            Partnership activated = directory.activate(new PartnershipSlug(partnershipSlug));
            return done("admin.partnerships.activated", activated.name());
        } catch (HubException e) {
            formError(Forms.message(e));
            return null;
        }
    }

    public List<Nation> getNations() {
        return Arrays.asList(Nation.values());
    }

    public List<EnglishRegion> getRegions() {
        return Arrays.asList(EnglishRegion.values());
    }

    public List<PartnershipTemplates.Template> getTemplates() {
        return templates.list();
    }

    private String done(String key, String partnershipName) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key) + " " + partnershipName, null));
        return "/admin/partnerships.xhtml?faces-redirect=true";
    }

    private void fieldError(String field, String message) {
        String input = INPUTS.get(field);
        FacesContext.getCurrentInstance()
                .addMessage(
                        input == null ? null : "register:" + input,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private void formError(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Nation getNation() {
        return nation;
    }

    public void setNation(Nation nation) {
        this.nation = nation;
    }

    public EnglishRegion getRegion() {
        return region;
    }

    public void setRegion(EnglishRegion region) {
        this.region = region;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getProfileEn() {
        return profileEn;
    }

    public void setProfileEn(String profileEn) {
        this.profileEn = profileEn;
    }

    public String getProfileCy() {
        return profileCy;
    }

    public void setProfileCy(String profileCy) {
        this.profileCy = profileCy;
    }
}
