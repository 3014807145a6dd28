package org.satukota.home;

import org.satukota.account.Role;

/**
 * A link on the staff home, shown once per grant of {@code role}. {@code labelKey} is a message-bundle key;
 * {@code path} may contain {@code {unitId}}, replaced by the unit of the grant (e.g. {@code /staf/permohonan?unit={unitId}}).
 */
public record StaffMenuItem(Role role, String labelKey, String path) {
}
