package org.ctphub.domain.solution;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The values the library's published solutions hold, for its filters: which themes, languages and
 * licences are worth offering.
 */
public record LibraryFacets(SortedSet<String> themes, SortedSet<String> languages, SortedSet<String> licences) {

    public LibraryFacets {
        themes = new TreeSet<>(themes);
        languages = new TreeSet<>(languages);
        licences = new TreeSet<>(licences);
    }
}
