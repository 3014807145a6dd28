package org.satukota.account;

import java.io.Serializable;

/** A role held in one unit of the city (and, through the tree, in the units below it). */
public record RoleGrant(Role role, long unitId) implements Serializable {
}
