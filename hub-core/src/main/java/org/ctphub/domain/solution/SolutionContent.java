package org.ctphub.domain.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Texts;

/**
 * What a solution says, checked: the working copy a partnership edits, and the snapshot each
 * published revision keeps. Built only from checked {@link SolutionFields}; never changed in
 * place (a solution takes a new one), so a revision's copy stays as it was published.
 */
@Embeddable
public class SolutionContent {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_TAGLINE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;
    public static final int MAX_GUIDE_LENGTH = 50_000;
    public static final int MAX_URL_LENGTH = 500;
    public static final int MAX_NOTE_LENGTH = 1000;
    public static final int MAX_HOSTING_LENGTH = 500;
    public static final int MAX_LICENCE_LENGTH = 64;
    public static final int MAX_THEMES = 10;
    public static final int MAX_LANGUAGES = 20;
    public static final int MAX_MONTHLY_COST = 1_000_000;

    private static final Pattern SPDX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "tagline", length = MAX_TAGLINE_LENGTH)
    private String tagline;

    @Column(name = "description")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24)
    private SolutionKind kind;

    @Convert(converter = LinesConverter.class)
    @Column(name = "themes", length = 1000)
    private List<String> themes = new ArrayList<>();

    @Column(name = "licence", length = MAX_LICENCE_LENGTH)
    private String licence;

    @Column(name = "source_url", length = MAX_URL_LENGTH)
    private String sourceUrl;

    @Column(name = "website_url", length = MAX_URL_LENGTH)
    private String websiteUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "maturity", length = 16)
    private Maturity maturity;

    @Column(name = "monthly_cost_pounds")
    private Integer monthlyCostPounds;

    @Column(name = "hosting", length = MAX_HOSTING_LENGTH)
    private String hosting;

    @Column(name = "skills", length = MAX_NOTE_LENGTH)
    private String skills;

    @Enumerated(EnumType.STRING)
    @Column(name = "personal_data", length = 24)
    private PersonalData personalData;

    @Column(name = "personal_data_notes", length = MAX_NOTE_LENGTH)
    private String personalDataNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "accessibility", length = 24)
    private AccessibilityStatus accessibility;

    @Column(name = "accessibility_notes", length = MAX_NOTE_LENGTH)
    private String accessibilityNotes;

    @Convert(converter = LinesConverter.class)
    @Column(name = "languages", length = 200)
    private List<String> languages = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "connectivity", length = 24)
    private Connectivity connectivity;

    @Column(name = "adoption_guide")
    private String adoptionGuide;

    protected SolutionContent() {
        // for JPA
    }

    /**
     * Checks what a person gave: lengths, web addresses, themes of the partnership's taxonomy,
     * language codes. A draft may leave most of it empty; {@link #missingForPublication()} says
     * what publishing still needs.
     *
     * @throws InvalidInputException naming the first field that must change
     */
    public static SolutionContent of(SolutionFields given, Taxonomy taxonomy) {
        SolutionContent content = new SolutionContent();
        content.name = Texts.required("name", given.name(), MAX_NAME_LENGTH);
        content.tagline = Texts.optional("tagline", given.tagline(), MAX_TAGLINE_LENGTH);
        content.description = Texts.optional("description", given.description(), MAX_DESCRIPTION_LENGTH);
        content.kind = given.kind();
        if (given.themes().size() > MAX_THEMES) {
            throw new InvalidInputException("themes", Refusal.of("solution.themes.too-many", MAX_THEMES));
        }
        content.themes = new ArrayList<>(taxonomy.requireAll("themes", given.themes()));
        content.licence = licence(given.licence());
        content.sourceUrl = webAddress("sourceUrl", given.sourceUrl());
        content.websiteUrl = webAddress("websiteUrl", given.websiteUrl());
        content.maturity = given.maturity();
        content.monthlyCostPounds = monthlyCost(given.monthlyCostPounds());
        content.hosting = Texts.optional("hosting", given.hosting(), MAX_HOSTING_LENGTH);
        content.skills = Texts.optional("skills", given.skills(), MAX_NOTE_LENGTH);
        content.personalData = given.personalData();
        content.personalDataNotes = Texts.optional("personalDataNotes", given.personalDataNotes(), MAX_NOTE_LENGTH);
        content.accessibility = given.accessibility();
        content.accessibilityNotes = Texts.optional("accessibilityNotes", given.accessibilityNotes(), MAX_NOTE_LENGTH);
        content.languages = languages(given.languages());
        content.connectivity = given.connectivity();
        content.adoptionGuide = Texts.optional("adoptionGuide", given.adoptionGuide(), MAX_GUIDE_LENGTH);
        return content;
    }

    /**
     * The fields publishing needs that are still empty or not good enough, in the order of the
     * form: a complete "can we run this?" card, an open licence, and the words another
     * partnership needs to judge and adopt it. Empty when it can be published.
     */
    public List<SolutionField> missingForPublication() {
        List<SolutionField> missing = new ArrayList<>();
        if (tagline == null) {
            missing.add(SolutionField.TAGLINE);
        }
        if (description == null) {
            missing.add(SolutionField.DESCRIPTION);
        }
        if (kind == null) {
            missing.add(SolutionField.KIND);
        }
        if (themes.isEmpty()) {
            missing.add(SolutionField.THEMES);
        }
        if (!OpenLicences.isOpen(licence)) {
            missing.add(SolutionField.LICENCE);
        }
        if (maturity == null) {
            missing.add(SolutionField.MATURITY);
        }
        if (monthlyCostPounds == null) {
            missing.add(SolutionField.MONTHLY_COST);
        }
        if (hosting == null) {
            missing.add(SolutionField.HOSTING);
        }
        if (skills == null) {
            missing.add(SolutionField.SKILLS);
        }
        if (personalData == null) {
            missing.add(SolutionField.PERSONAL_DATA);
        }
        if (accessibility == null) {
            missing.add(SolutionField.ACCESSIBILITY);
        }
        if (languages.isEmpty()) {
            missing.add(SolutionField.LANGUAGES);
        }
        if (connectivity == null) {
            missing.add(SolutionField.CONNECTIVITY);
        }
        if (adoptionGuide == null) {
            missing.add(SolutionField.ADOPTION_GUIDE);
        }
        return missing;
    }

    /** A copy, for a revision to keep: the working copy may be replaced, the revision's never. */
    SolutionContent copy() {
        SolutionContent copy = new SolutionContent();
        copy.name = name;
        copy.tagline = tagline;
        copy.description = description;
        copy.kind = kind;
        copy.themes = new ArrayList<>(themes);
        copy.licence = licence;
        copy.sourceUrl = sourceUrl;
        copy.websiteUrl = websiteUrl;
        copy.maturity = maturity;
        copy.monthlyCostPounds = monthlyCostPounds;
        copy.hosting = hosting;
        copy.skills = skills;
        copy.personalData = personalData;
        copy.personalDataNotes = personalDataNotes;
        copy.accessibility = accessibility;
        copy.accessibilityNotes = accessibilityNotes;
        copy.languages = new ArrayList<>(languages);
        copy.connectivity = connectivity;
        copy.adoptionGuide = adoptionGuide;
        return copy;
    }

    public SolutionFields fields() {
        return new SolutionFields(
                name,
                tagline,
                description,
                kind,
                themes,
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
                languages,
                connectivity,
                adoptionGuide);
    }

    public String name() {
        return name;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public List<String> languages() {
        return List.copyOf(languages);
    }

    private static String licence(String given) {
        String value = given == null || given.isBlank() ? null : given.strip();
        if (value != null && !SPDX_ID.matcher(value).matches()) {
            throw new InvalidInputException("licence", Refusal.of("solution.licence.format"));
        }
        return value;
    }

    private static String webAddress(String field, String given) {
        String value = Texts.optional(field, given == null ? null : given.strip(), MAX_URL_LENGTH);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()) {
                return value;
            }
        } catch (URISyntaxException e) {
            // answered below, as for any other address that is not a web address
        }
        throw new InvalidInputException(field, Refusal.of("solution.url", Refusal.field(field)));
    }

    private static Integer monthlyCost(Integer given) {
        if (given != null && (given < 0 || given > MAX_MONTHLY_COST)) {
            throw new InvalidInputException("monthlyCostPounds", Refusal.of("solution.monthly-cost", MAX_MONTHLY_COST));
        }
        return given;
    }

    private static List<String> languages(List<String> given) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : given) {
            String value = code == null ? "" : code.strip();
            if (!LANGUAGE.matcher(value).matches()) {
                throw new InvalidInputException("languages", Refusal.of("solution.language"));
            }
            codes.add(value);
        }
        if (codes.size() > MAX_LANGUAGES) {
            throw new InvalidInputException("languages", Refusal.of("solution.languages.too-many", MAX_LANGUAGES));
        }
        return new ArrayList<>(codes);
    }
}
