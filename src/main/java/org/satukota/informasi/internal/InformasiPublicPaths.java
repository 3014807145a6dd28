package org.satukota.informasi.internal;

import java.util.List;

import org.satukota.shared.PublicPaths;
import org.springframework.stereotype.Component;

/** The portal's public pages. */
@Component
class InformasiPublicPaths implements PublicPaths {

	@Override
	public List<String> pages() {
		return List.of("/berita", "/berita/**", "/agenda", "/agenda/**", "/regulasi", "/regulasi/**", "/kontak",
				"/kontak/**", "/cari");
	}
}
