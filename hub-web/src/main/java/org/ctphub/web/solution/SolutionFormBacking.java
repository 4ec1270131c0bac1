package org.ctphub.web.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctphub.application.solution.NewSolution;
import org.ctphub.application.solution.SolutionWorkshop;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.solution.AccessibilityStatus;
import org.ctphub.domain.solution.Connectivity;
import org.ctphub.domain.solution.Maturity;
import org.ctphub.domain.solution.OpenLicences;
import org.ctphub.domain.solution.PersonalData;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionChangedException;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionKind;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.web.Formats;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;
import org.ctphub.web.problem.ProblemsBacking;

/**
 * Backs {@code p/workspace/solution-form.xhtml}: writes down a new solution, or edits the one in
 * the address, with every field the library shows and the "can we run this?" card. The form
 * carries the version it was opened at: if someone saved in between, nothing is overwritten, the
 * form says who and when, shows the saved version to edit again and, beside it, every field where
 * what this editor wrote differs from it.
 */
@Named
@RequestScoped
public class SolutionFormBacking {

    /** The form's inputs by the domain's field names: the ids are the names, so refusals and links find them. */
    private static final Map<String, String> INPUTS = inputs();

    /**
     * Languages offered as checkboxes, the ones partnerships across the UK most often need; any
     * other goes in by its ISO 639 code.
     */
    static final List<String> COMMON_LANGUAGES = List.of(
            "en", "cy", "gd", "ga", "ar", "bn", "es", "fa", "fr", "gu", "ku", "pa", "pl", "pt", "ro", "so", "ti", "uk",
            "ur", "zh");

    @Inject
    SolutionWorkshop workshop;

    @Inject
    Markdown markdown;

    @Inject
    Formats formats;

    @Inject
    SolutionWords words;

    @Inject
    CurrentPartnership currentPartnership;

    private long version;
    private String slug;
    private String name;
    private String tagline;
    private String description;
    private SolutionKind kind;
    private List<String> themes = new ArrayList<>();
    private String licence;
    private String sourceUrl;
    private String websiteUrl;
    private Maturity maturity;
    private Integer monthlyCostPounds;
    private String hosting;
    private String skills;
    private PersonalData personalData;
    private String personalDataNotes;
    private AccessibilityStatus accessibility;
    private String accessibilityNotes;
    private List<String> languages = new ArrayList<>();
    private String otherLanguages;
    private Connectivity connectivity;
    private String adoptionGuide;

    private String descriptionPreview;
    private String guidePreview;
    private Taxonomy taxonomy;
    private List<SolutionWords.Row> notSaved = List.of();

    private static Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>();
        for (SolutionField field : SolutionField.values()) {
            inputs.put(field.inputName(), "solution:" + field.inputName());
        }
        inputs.put("slug", "solution:slug");
        // A code that is not a language can only come from the typed ones; the checkboxes offer codes.
        inputs.put("languages", "solution:otherLanguages");
        return Map.copyOf(inputs);
    }

    public void load() {
        if (!isEditing()) {
            return;
        }
        Optional<Solution> solution = SolutionRoute.slug().flatMap(this::find);
        if (solution.isEmpty()) {
            Pages.notFound();
            return;
        }
        fill(solution.get());
    }

    private Optional<Solution> find(SolutionSlug s) {
        try {
            return workshop.find(s);
        } catch (ForbiddenException e) {
            return Optional.empty();
        }
    }

    private void fill(Solution solution) {
        version = solution.version();
        slug = solution.slug().value();
        SolutionFields f = solution.fields();
        name = f.name();
        tagline = f.tagline();
        description = f.description();
        kind = f.kind();
        themes = new ArrayList<>(f.themes());
        licence = f.licence();
        sourceUrl = f.sourceUrl();
        websiteUrl = f.websiteUrl();
        maturity = f.maturity();
        monthlyCostPounds = f.monthlyCostPounds();
        hosting = f.hosting();
        skills = f.skills();
        personalData = f.personalData();
        personalDataNotes = f.personalDataNotes();
        accessibility = f.accessibility();
        accessibilityNotes = f.accessibilityNotes();
        languages = new ArrayList<>(
                f.languages().stream().filter(COMMON_LANGUAGES::contains).toList());
        otherLanguages = String.join(
                ", ",
                f.languages().stream()
                        .filter(code -> !COMMON_LANGUAGES.contains(code))
                        .toList());
        connectivity = f.connectivity();
        adoptionGuide = f.adoptionGuide();
    }

    private SolutionFields fields() {
        Set<String> codes = new LinkedHashSet<>(languages);
        if (otherLanguages != null) {
            for (String code : otherLanguages.split("[,;\\s]+")) {
                if (!code.isBlank()) {
                    codes.add(code.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new SolutionFields(
                name,
                tagline,
                description,
                kind,
                new ArrayList<>(new LinkedHashSet<>(themes)),
                licence,
                sourceUrl,
                websiteUrl,
                maturity,
                monthlyCostPounds,
                hosting,
                skills,
                personalData,
                personalDataNotes,
                accessibility,
                accessibilityNotes,
                new ArrayList<>(codes),
                connectivity,
                adoptionGuide);
    }

    public String save() {
        SolutionFields typed = fields();
        Optional<SolutionSlug> editing = SolutionRoute.slug();
        if (isEditing() && editing.isEmpty()) {
            Pages.notFound();
            return null;
        }
        Solution saved;
        try {
            if (isEditing()) {
                saved = workshop.edit(editing.get(), version, typed);
            } else {
                String newSlug = slug == null || slug.isBlank() ? slugFrom(name) : slug.strip();
                if (newSlug.isEmpty()) {
                    Forms.errorOn("solution:name", Forms.text("solution.field.name.required"));
                    return null;
                }
                saved = workshop.create(new NewSolution(newSlug, typed));
            }
        } catch (SolutionChangedException e) {
            Solution current = workshop.get(editing.get());
            Forms.error(Forms.text("solution.conflict", current.updatedBy().name(), formats.when(current.updatedAt())));
            notSaved = words.rows(typed.changesTo(current.fields()), taxonomy());
            fill(current);
            return null;
        } catch (InvalidInputException e) {
            Forms.show(e, INPUTS);
            return null;
        } catch (ConflictException e) {
            if ("solution.slug.taken".equals(e.refusal().key())) {
                Forms.errorOn("solution:slug", Forms.message(e));
            } else {
                Forms.error(e);
            }
            return null;
        } catch (HubException e) {
            Forms.error(e);
            return null;
        }
        Forms.doneAfterRedirect(Forms.text("solution.saved"));
        Pages.redirect("/p/" + currentPartnership.require().slug().value() + "/workspace/solutions/"
                + saved.slug().value());
        return null;
    }

    /**
     * A slug made from a name, for someone who left the slug empty: "Pryd ar Glud – Caerdydd" becomes
     * {@code pryd-ar-glud-caerdydd}. The domain still checks it.
     */
    static String slugFrom(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > SolutionSlug.MAX_LENGTH) {
            plain = plain.substring(0, SolutionSlug.MAX_LENGTH).replaceAll("-+$", "");
        }
        return plain;
    }

    /** Renders both Markdown fields for someone without JavaScript (with it, they preview as they type). */
    public String preview() {
        descriptionPreview = markdown.toHtml(description);
        guidePreview = markdown.toHtml(adoptionGuide);
        return null;
    }

    public boolean isEditing() {
        return Pages.routeSolution() != null;
    }

    /** After a conflict: each field where what this editor wrote differs from the saved version. */
    public List<SolutionWords.Row> getNotSaved() {
        return notSaved;
    }

    private Taxonomy taxonomy() {
        if (taxonomy == null) {
            taxonomy = workshop.taxonomy();
        }
        return taxonomy;
    }

    public List<Theme> getTaxonomy() {
        return taxonomy().themes();
    }

    public String themeName(Theme theme) {
        return ProblemsBacking.nameOf(
                theme, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<String> getCommonLanguages() {
        return COMMON_LANGUAGES;
    }

    public List<String> getOpenLicences() {
        return OpenLicences.all();
    }

    public List<SolutionKind> getKinds() {
        return Arrays.asList(SolutionKind.values());
    }

    public List<Maturity> getMaturities() {
        return Arrays.asList(Maturity.values());
    }

    public List<PersonalData> getPersonalDataChoices() {
        return Arrays.asList(PersonalData.values());
    }

    public List<AccessibilityStatus> getAccessibilityChoices() {
        return Arrays.asList(AccessibilityStatus.values());
    }

    public List<Connectivity> getConnectivityChoices() {
        return Arrays.asList(Connectivity.values());
    }

    public String getDescriptionPreview() {
        return descriptionPreview;
    }

    public String getGuidePreview() {
        return guidePreview;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSlug() {
        return isEditing() ? Pages.routeSolution() : slug;
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

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public SolutionKind getKind() {
        return kind;
    }

    public void setKind(SolutionKind kind) {
        this.kind = kind;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getWebsiteUrl() {
        return websiteUrl;
    }

    public void setWebsiteUrl(String websiteUrl) {
        this.websiteUrl = websiteUrl;
    }

    public Maturity getMaturity() {
        return maturity;
    }

    public void setMaturity(Maturity maturity) {
        this.maturity = maturity;
    }

    public Integer getMonthlyCostPounds() {
        return monthlyCostPounds;
    }

    public void setMonthlyCostPounds(Integer monthlyCostPounds) {
        this.monthlyCostPounds = monthlyCostPounds;
    }

    public String getHosting() {
        return hosting;
    }

    public void setHosting(String hosting) {
        this.hosting = hosting;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public PersonalData getPersonalData() {
        return personalData;
    }

    public void setPersonalData(PersonalData personalData) {
        this.personalData = personalData;
    }

    public String getPersonalDataNotes() {
        return personalDataNotes;
    }

    public void setPersonalDataNotes(String personalDataNotes) {
        this.personalDataNotes = personalDataNotes;
    }

    public AccessibilityStatus getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(AccessibilityStatus accessibility) {
        this.accessibility = accessibility;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public void setAccessibilityNotes(String accessibilityNotes) {
        this.accessibilityNotes = accessibilityNotes;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public String getOtherLanguages() {
        return otherLanguages;
    }

    public void setOtherLanguages(String otherLanguages) {
        this.otherLanguages = otherLanguages;
    }

    public Connectivity getConnectivity() {
        return connectivity;
    }

    public void setConnectivity(Connectivity connectivity) {
        this.connectivity = connectivity;
    }

    public String getAdoptionGuide() {
        return adoptionGuide;
    }

    public void setAdoptionGuide(String adoptionGuide) {
        this.adoptionGuide = adoptionGuide;
    }
}
