package org.satukota.account.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satukota.account.AccountKind;
import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.Role;
import org.satukota.account.RoleScopePolicy;
import org.springframework.stereotype.Service;

@Service
class AccountsService implements Accounts {

	private final AccountRepository accounts;

	private final RoleScopePolicy scope;

	AccountsService(AccountRepository accounts, RoleScopePolicy scope) {
		this.accounts = accounts;
		this.scope = scope;
	}

	@Override
	public Optional<AccountView> find(long accountId) {
		return accounts.findById(accountId).map(Account::view);
	}

	@Override
	public Optional<AccountView> findByUsername(String username) {
		return accounts.findByUsername(username).map(Account::view);
	}

	@Override
	public List<AccountView> staffHolding(Role role, long unitId) {
		List<Account> candidates = accounts.staffWithActiveRole(role);
		Map<Long, List<Grant>> grants = accounts.activeGrantsOf(candidates.stream().map(Account::id).toList());
		return candidates.stream()
			.filter(account -> scope.allows(
					grants.getOrDefault(account.id(), List.of()).stream().map(Grant::roleGrant).toList(), role, unitId))
			.map(Account::view)
			.toList();
	}

	@Override
	public Optional<String> nikOf(long accountId) {
		return accounts.findById(accountId).filter(account -> account.kind() == AccountKind.CITIZEN).map(Account::nik);
	}
}
