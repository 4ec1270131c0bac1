/**
 * The workspace's pages for solutions ({@code p/workspace/solution*.xhtml}): the partnership's
 * list, a solution with its "can we run this?" card and revisions, the form, forking another
 * partnership's published solution, and its upstream's changes; and the library's "Fork this"
 * entry ({@code library-views/fork.xhtml}), which takes a tech advisor to their fork form.
 */
package org.ctphub.web.solution;
