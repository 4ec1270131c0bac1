/** Text people write for others to read: Markdown rendered to safe HTML. */
package org.ctphub.application.text;
