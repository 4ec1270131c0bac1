/** Use cases on the partnerships of the network: the public directory and registering a new partnership. */
package org.ctphub.application.partnership;
