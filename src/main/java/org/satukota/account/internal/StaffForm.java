package org.satukota.account.internal;

/** What an admin types to create a staff account, including its first role. */
public record StaffForm(String username, String fullName, String email, String phone, String password,
		String passwordConfirmation, String role, Long unitId) {

	static StaffForm empty() {
		return new StaffForm("", "", "", "", "", "", "", null);
	}

	StaffForm withoutPasswords() {
		return new StaffForm(username, fullName, email, phone, "", "", role, unitId);
	}

	@Override
	public String toString() {
		return "StaffForm[" + username + "]";
	}
}
