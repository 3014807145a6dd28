package org.satukota.open311.internal;

import java.util.List;

import org.satukota.shared.PublicPaths;
import org.springframework.stereotype.Component;

/** Open311 clients authenticate with the standard's {@code api_key} parameter: no session, no CSRF token. */
@Component
class Open311Paths implements PublicPaths {

	@Override
	public List<String> machineEndpoints() {
		return List.of("/open311", "/open311/**");
	}
}
