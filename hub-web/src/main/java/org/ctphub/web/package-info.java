/** The hub's pages: Facelets views and their backing beans, one package per feature mirroring the page paths. */
package org.ctphub.web;
