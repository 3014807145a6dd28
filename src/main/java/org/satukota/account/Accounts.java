package org.satukota.account;

import java.util.List;
import java.util.Optional;

/**
 * Read access to accounts for other modules.
 */
public interface Accounts {

	Optional<AccountView> find(long accountId);

	/** The account of a principal name (staff username or citizen handle). */
	Optional<AccountView> findByUsername(String username);

	/** Enabled staff accounts holding {@code role} in a unit that covers {@code unitId}. */
	List<AccountView> staffHolding(Role role, long unitId);

	/**
	 * The NIK of a citizen account, for the few screens whose role needs the full number (for example checking
	 * an application's identity). Show it masked everywhere else.
	 */
	Optional<String> nikOf(long accountId);
}
