package org.satukota.account;

/**
 * An account as other modules may see it, without its NIK or password: e.g. to address a notification.
 * {@code username} is the principal name (for citizens a handle like {@code warga-42}).
 */
public record AccountView(long id, AccountKind kind, String username, String fullName, String email, String phone,
		boolean enabled) {
}
