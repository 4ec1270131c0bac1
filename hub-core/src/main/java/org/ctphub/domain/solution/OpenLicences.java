package org.ctphub.domain.solution;

import java.util.Set;

/**
 * The licences, by SPDX identifier, under which a solution may be published to the network
 * library: open source licences approved by the OSI and open content and data licences, so that
 * any partnership may run, change and share what it takes.
 */
public final class OpenLicences {

    private static final Set<String> ALLOWED = Set.of(
            "AGPL-3.0-only",
            "AGPL-3.0-or-later",
            "Apache-2.0",
            "BSD-2-Clause",
            "BSD-3-Clause",
            "CC-BY-4.0",
            "CC-BY-SA-4.0",
            "CC0-1.0",
            "EUPL-1.2",
            "GPL-2.0-or-later",
            "GPL-3.0-only",
            "GPL-3.0-or-later",
            "ISC",
            "LGPL-3.0-only",
            "LGPL-3.0-or-later",
            "MIT",
            "MPL-2.0",
            "OGL-UK-3.0",
            "Unlicense");

    private OpenLicences() {}

    public static boolean isOpen(String spdxId) {
        return spdxId != null && ALLOWED.contains(spdxId);
    }

    /** The allowed identifiers, sorted, e.g. for a form's choices. */
    public static java.util.List<String> all() {
        return ALLOWED.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
