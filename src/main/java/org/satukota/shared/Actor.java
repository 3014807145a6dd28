package org.satukota.shared;

/**
 * Who made a decision: the account's username, the role they acted in and the unit that role is scoped to.
 * {@code role} and {@code unitId} are {@code null} for citizens and for the platform itself.
 */
public record Actor(String username, String role, Long unitId) {

	/** The platform acting on its own (seeding, scheduled jobs). */
	public static final Actor SYSTEM = new Actor("sistem", null, null);

	public static Actor citizen(String username) {
		return new Actor(username, "WARGA", null);
	}
}
