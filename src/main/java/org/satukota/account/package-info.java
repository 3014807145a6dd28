/**
 * Accounts of citizens and staff, the roles staff hold in units, login and lockout. Other modules ask
 * {@link org.satukota.account.CurrentUsers} who is acting and {@link org.satukota.account.RoleScopePolicy} whether a
 * role held in one unit reaches another.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.satukota.account;
