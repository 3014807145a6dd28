package org.satukota.account.internal;

import java.util.Optional;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.account.RoleScopePolicy;
import org.satukota.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
class CurrentUsersService implements CurrentUsers {

	private final RoleScopePolicy scope;

	CurrentUsersService(RoleScopePolicy scope) {
		this.scope = scope;
	}

	@Override
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	@Override
	public CurrentUser require() {
		return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	@Override
	public boolean allows(Role role, long unitId) {
		return current().filter(CurrentUser::isStaff)
			.map(user -> scope.allows(user.grants(), role, unitId))
			.orElse(false);
	}

	@Override
	public Actor actorFor(Role role, long unitId) {
		CurrentUser user = require();
		if (!user.isStaff() || !scope.allows(user.grants(), role, unitId)) {
			throw new AccessDeniedException("role " + role + " not held for unit " + unitId);
		}
		return new Actor(user.username(), role.name(), unitId);
	}

	@Override
	public Actor citizenActor() {
		CurrentUser user = require();
		if (!user.isCitizen()) {
			throw new AccessDeniedException("not a citizen");
		}
		return Actor.citizen(user.username());
	}
}
