package org.ctphub.application.problem;

import org.ctphub.domain.shared.Visibility;

/** A problem as first written down; the register gives it its reference. */
public record NewProblem(String title, String summary, Visibility visibility) {}
