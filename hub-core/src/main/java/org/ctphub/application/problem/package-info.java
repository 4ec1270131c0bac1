/** Use cases of a partnership's problem register. Every method works in the current partnership only. */
package org.ctphub.application.problem;
