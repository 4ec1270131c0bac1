/** The partnerships of the network: the public read the active ones; the central team onboards, activates and lists them all; members and the central team list members. */
package org.ctphub.api.partnership;
