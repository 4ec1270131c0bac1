/** Records audit entries in their own transaction, so a refused or failed attempt is kept too. */
package org.ctphub.application.audit;
