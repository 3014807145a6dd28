package org.satukota.pengaduan;

import java.util.List;
import java.util.Optional;

/** The configurable category tree's leaves, which are what a reporter chooses and what Open311 calls services. */
public interface ComplaintCategories {

	/** Active leaf categories, ordered by group and name. */
	List<ComplaintCategory> activeLeaves();

	/** An active leaf category by its code. */
	Optional<ComplaintCategory> activeLeaf(String code);
}
