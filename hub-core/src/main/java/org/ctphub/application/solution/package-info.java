/**
 * Use cases of solutions: a partnership's own solutions and their publication to the network
 * library ({@code SolutionWorkshop}), forks of other partnerships' published solutions and their
 * upstream changes ({@code Forking}), and what anyone may read across partnerships, such as
 * lineages ({@code SolutionLibrary}).
 */
package org.ctphub.application.solution;
