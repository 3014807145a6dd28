package org.satukota.account;

/** Whether an account belongs to a citizen (self-registered) or to a member of staff (created by an admin). */
public enum AccountKind {
	CITIZEN, STAFF
}
