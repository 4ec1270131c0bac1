package org.ctphub.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ctphub.domain.problem.SearchText;
import org.junit.jupiter.api.Test;

class JpaNetworkProblemPatternsTest {

    @Test
    void requiresEverySignificantWordOfTheTitle() {
        assertEquals(
                "+older +people +feel +lonely +winter",
                JpaNetworkProblemPatterns.allOf(SearchText.of("Older people feel lonely in the winter")));
    }

    @Test
    void operatorsTypedAreNotPassedOn() {
        assertEquals(
                "+drop +table +lonely",
                JpaNetworkProblemPatterns.allOf(SearchText.of("-drop* \"table\" (lonely) @3 <>~")));
    }

    @Test
    void keepsWelshLettersAndStopsAfterFiveWords() {
        assertEquals(
                "+dŵr +ŷdym +one +two +three",
                JpaNetworkProblemPatterns.allOf(SearchText.of("dŵr ŷdym one two three four five")));
    }

    @Test
    void textWithoutSignificantWordsMatchesNothing() {
        assertEquals("", JpaNetworkProblemPatterns.allOf(SearchText.of("to be or it is")));
    }
}
