package org.satukota.home;

import java.util.List;

/**
 * Implemented by modules that have pages for staff roles, so that the staff home links only to pages that exist.
 * Roles without contributed items show their area as "coming soon", without a link.
 */
public interface StaffMenuContributor {

	List<StaffMenuItem> staffMenu();
}
