package org.satukota.dataset.internal;

import java.util.List;
import java.util.Optional;

/** The open licences a dataset may carry (SPDX identifiers, as DCAT and CKAN clients expect them). */
record Licence(String id, String title, String url) {

	static final List<Licence> ALL = List.of(
			new Licence("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
			new Licence("CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0",
					"https://creativecommons.org/licenses/by-sa/4.0/"),
			new Licence("CC0-1.0", "Creative Commons Zero 1.0 (domain publik)",
					"https://creativecommons.org/publicdomain/zero/1.0/"),
			new Licence("ODbL-1.0", "Open Data Commons Open Database License 1.0",
					"https://opendatacommons.org/licenses/odbl/1-0/"),
			new Licence("ODC-By-1.0", "Open Data Commons Attribution License 1.0",
					"https://opendatacommons.org/licenses/by/1-0/"));

	static Optional<Licence> find(String id) {
		return ALL.stream().filter(l -> l.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
	}

	static Licence of(String id) {
		return find(id).orElse(new Licence(id, id, null));
	}
}
