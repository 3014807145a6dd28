package org.satukota.account;

import java.util.Optional;

import org.satukota.shared.Actor;

/**
 * Who is acting in the current request, and the {@link Actor} to record on the decisions they make.
 */
public interface CurrentUsers {

	/** The signed-in person, if there is one. */
	Optional<CurrentUser> current();

	/**
	 * The signed-in person.
	 * @throws org.springframework.security.access.AccessDeniedException when nobody is signed in
	 */
	CurrentUser require();

	/** Whether the signed-in person holds {@code role} in {@code unitId} or in a unit above it. */
	boolean allows(Role role, long unitId);

	/**
	 * The actor for a decision taken in {@code role} about something of {@code unitId}: the signed-in staff
	 * member's username with that role and unit.
	 * @throws org.springframework.security.access.AccessDeniedException when the person does not hold the role
	 * there (see {@link RoleScopePolicy})
	 */
	Actor actorFor(Role role, long unitId);

	/**
	 * The actor for a citizen acting on their own behalf.
	 * @throws org.springframework.security.access.AccessDeniedException when the signed-in person is not a citizen
	 */
	Actor citizenActor();
}
