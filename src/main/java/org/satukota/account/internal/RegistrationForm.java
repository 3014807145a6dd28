package org.satukota.account.internal;

/** What a citizen types on {@code /daftar}. */
public record RegistrationForm(String nik, String fullName, String phone, String email, String password,
		String passwordConfirmation) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "", "");
	}

	/** The same form without the passwords, for re-rendering after an error. */
	RegistrationForm withoutPasswords() {
		return new RegistrationForm(nik, fullName, phone, email, "", "");
	}

	@Override
	public String toString() {
		return "RegistrationForm[…]";
	}
}
