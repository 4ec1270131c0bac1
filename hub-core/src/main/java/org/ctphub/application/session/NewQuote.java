package org.ctphub.application.session;

/**
 * A quote as first written down.
 *
 * @param attribution who said it, without names: a role or a description
 * @param consent whether the speaker agreed that it may be read outside the partnership
 */
public record NewQuote(String text, String attribution, boolean consent) {}
