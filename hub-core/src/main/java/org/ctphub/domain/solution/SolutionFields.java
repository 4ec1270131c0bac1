package org.ctphub.domain.solution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything a solution says that is published and forked, as plain values: what a person
 * typed before it is checked, and what a revision holds after. Lists are never null.
 */
public record SolutionFields(
        String name,
        String tagline,
        String description,
        SolutionKind kind,
        List<String> themes,
        String licence,
        String sourceUrl,
        String websiteUrl,
        Maturity maturity,
        Integer monthlyCostPounds,
        String hosting,
        String skills,
        PersonalData personalData,
        String personalDataNotes,
        AccessibilityStatus accessibility,
        String accessibilityNotes,
        List<String> languages,
        Connectivity connectivity,
        String adoptionGuide)
        implements Serializable {

    public SolutionFields {
        themes = themes == null ? List.of() : List.copyOf(themes);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /**
     * The fields that differ from {@code after}, in the order of the form. Themes and languages
     * are sets: a new order alone is no change.
     */
    public List<SolutionChange> changesTo(SolutionFields after) {
        List<SolutionChange> changes = new ArrayList<>();
        text(changes, SolutionField.NAME, name, after.name);
        text(changes, SolutionField.TAGLINE, tagline, after.tagline);
        text(changes, SolutionField.DESCRIPTION, description, after.description);
        constant(changes, SolutionField.KIND, kind, after.kind);
        list(changes, SolutionField.THEMES, themes, after.themes);
        text(changes, SolutionField.LICENCE, licence, after.licence);
        text(changes, SolutionField.SOURCE_URL, sourceUrl, after.sourceUrl);
        text(changes, SolutionField.WEBSITE_URL, websiteUrl, after.websiteUrl);
        constant(changes, SolutionField.MATURITY, maturity, after.maturity);
        text(
                changes,
                SolutionField.MONTHLY_COST,
                monthlyCostPounds == null ? null : monthlyCostPounds.toString(),
                after.monthlyCostPounds == null ? null : after.monthlyCostPounds.toString());
        text(changes, SolutionField.HOSTING, hosting, after.hosting);
        text(changes, SolutionField.SKILLS, skills, after.skills);
        constant(changes, SolutionField.PERSONAL_DATA, personalData, after.personalData);
        text(changes, SolutionField.PERSONAL_DATA_NOTES, personalDataNotes, after.personalDataNotes);
        constant(changes, SolutionField.ACCESSIBILITY, accessibility, after.accessibility);
        text(changes, SolutionField.ACCESSIBILITY_NOTES, accessibilityNotes, after.accessibilityNotes);
        list(changes, SolutionField.LANGUAGES, languages, after.languages);
        constant(changes, SolutionField.CONNECTIVITY, connectivity, after.connectivity);
        text(changes, SolutionField.ADOPTION_GUIDE, adoptionGuide, after.adoptionGuide);
        return changes;
    }

    /** These fields with other themes. */
    public SolutionFields withThemes(List<String> newThemes) {
        return new SolutionFields(
                name,
                tagline,
                description,
                kind,
                newThemes,
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

    /** These fields with one field's value taken from {@code other}: how a fork adopts one upstream change. */
    public SolutionFields withFieldFrom(SolutionField field, SolutionFields other) {
        return new SolutionFields(
                field == SolutionField.NAME ? other.name : name,
                field == SolutionField.TAGLINE ? other.tagline : tagline,
                field == SolutionField.DESCRIPTION ? other.description : description,
                field == SolutionField.KIND ? other.kind : kind,
                field == SolutionField.THEMES ? other.themes : themes,
                field == SolutionField.LICENCE ? other.licence : licence,
                field == SolutionField.SOURCE_URL ? other.sourceUrl : sourceUrl,
                field == SolutionField.WEBSITE_URL ? other.websiteUrl : websiteUrl,
                field == SolutionField.MATURITY ? other.maturity : maturity,
                field == SolutionField.MONTHLY_COST ? other.monthlyCostPounds : monthlyCostPounds,
                field == SolutionField.HOSTING ? other.hosting : hosting,
                field == SolutionField.SKILLS ? other.skills : skills,
                field == SolutionField.PERSONAL_DATA ? other.personalData : personalData,
                field == SolutionField.PERSONAL_DATA_NOTES ? other.personalDataNotes : personalDataNotes,
                field == SolutionField.ACCESSIBILITY ? other.accessibility : accessibility,
                field == SolutionField.ACCESSIBILITY_NOTES ? other.accessibilityNotes : accessibilityNotes,
                field == SolutionField.LANGUAGES ? other.languages : languages,
                field == SolutionField.CONNECTIVITY ? other.connectivity : connectivity,
                field == SolutionField.ADOPTION_GUIDE ? other.adoptionGuide : adoptionGuide);
    }

    private static void text(List<SolutionChange> changes, SolutionField field, String before, String after) {
        String was = blankAsNull(before);
        String now = blankAsNull(after);
        if (!Objects.equals(was, now)) {
            changes.add(new SolutionChange(field, was, now, List.of(), List.of()));
        }
    }

    private static void constant(List<SolutionChange> changes, SolutionField field, Enum<?> before, Enum<?> after) {
        if (before != after) {
            changes.add(new SolutionChange(
                    field,
                    before == null ? null : before.name(),
                    after == null ? null : after.name(),
                    List.of(),
                    List.of()));
        }
    }

    private static void list(
            List<SolutionChange> changes, SolutionField field, List<String> before, List<String> after) {
        if (!new HashSet<>(before).equals(new HashSet<>(after))) {
            changes.add(new SolutionChange(
                    field,
                    null,
                    null,
                    after.stream().filter(v -> !before.contains(v)).toList(),
                    before.stream().filter(v -> !after.contains(v)).toList()));
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
