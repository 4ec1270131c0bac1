package org.ctphub.domain.solution;

/** What a fork does with one field its upstream changed: take the upstream's value, or keep its own. */
public enum UpstreamChoice {
    ADOPT,
    SKIP
}
