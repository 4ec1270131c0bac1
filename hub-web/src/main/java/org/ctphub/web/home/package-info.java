/** The public home page: the partnerships of the network. */
package org.ctphub.web.home;
