package org.ctphub.domain.problem;

import java.io.Serializable;
import java.util.List;
import org.ctphub.domain.shared.Visibility;

/** What a problem says at one moment, every editable field, e.g. to show an editor the current text. */
public record ProblemValues(
        String title,
        String summary,
        String description,
        List<String> themes,
        List<String> groupsAffected,
        String place,
        String wardCode,
        ProblemPriority priority,
        Visibility visibility,
        ProblemStatus status)
        implements Serializable {

    public ProblemValues {
        themes = List.copyOf(themes);
        groupsAffected = List.copyOf(groupsAffected);
    }
}
