package org.satukota.peringatan.internal;

import java.util.List;

import org.satukota.shared.PublicPaths;
import org.springframework.stereotype.Component;

/** The public warning pages, and the CAP documents and feed that any receiver may read without a session. */
@Component
class PeringatanPaths implements PublicPaths {

	@Override
	public List<String> pages() {
		return List.of("/peringatan", "/peringatan/**");
	}

	@Override
	public List<String> machineEndpoints() {
		return List.of("/cap/**");
	}
}
