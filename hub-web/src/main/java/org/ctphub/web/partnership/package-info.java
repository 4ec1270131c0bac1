/** A partnership's public page: who they are and the problems they have made public. */
package org.ctphub.web.partnership;
