package org.satukota.dataset.internal;

import java.util.List;

import org.satukota.shared.PublicPaths;
import org.springframework.stereotype.Component;

/** The open-data pages, downloads and catalogue, and the CKAN-compatible API, are open to everybody. */
@Component
class DatasetPublicPaths implements PublicPaths {

	@Override
	public List<String> pages() {
		return List.of("/data", "/data/**");
	}

	@Override
	public List<String> api() {
		return List.of("/api/3", "/api/3/**");
	}
}
