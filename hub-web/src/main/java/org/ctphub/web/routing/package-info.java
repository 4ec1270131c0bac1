/** Maps the hub's readable addresses to the Facelets views that render them. */
package org.ctphub.web.routing;
