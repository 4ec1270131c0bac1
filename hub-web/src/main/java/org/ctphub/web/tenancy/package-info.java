/** The edge of tenancy: resolves the partnership named in a request's path, once, before anything else runs. */
package org.ctphub.web.tenancy;
