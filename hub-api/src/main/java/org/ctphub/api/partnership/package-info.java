/** The partnerships of the network, readable by anyone. */
package org.ctphub.api.partnership;
