package org.ctphub.application.solution;

import jakarta.validation.constraints.NotNull;
import org.ctphub.domain.solution.SolutionFields;

/** A solution as its tech advisor first writes it down: its slug, and as much as they know yet. */
public record NewSolution(@NotNull String slug, @NotNull SolutionFields fields) {}
