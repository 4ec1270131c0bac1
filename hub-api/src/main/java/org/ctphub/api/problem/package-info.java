/** A partnership's problem register. Until sign-in exists, only public problems are readable. */
package org.ctphub.api.problem;
