/** What makes a record belong to one partnership: the column and the context property that fill and filter it. */
package org.ctphub.domain.tenancy;
