package org.satukota.informasi.internal;

import java.util.Locale;

/** The kinds of portal item and the public section each appears in. */
enum ContentKind {
	BERITA("berita"), PENGUMUMAN("berita"), AGENDA("agenda"), DOKUMEN("regulasi"), REGULASI("regulasi");

	private final String section;

	ContentKind(String section) {
		this.section = section;
	}

	/** The first path segment of the public pages, e.g. {@code berita}. */
	public String section() {
		return section;
	}

	/** The public page of an item of this kind. */
	String path(long id) {
		return "/" + section + "/" + id;
	}

	/** Documents and regulations are their file: without one there is nothing to publish. */
	boolean needsAttachment() {
		return this == DOKUMEN || this == REGULASI;
	}

	public String key() {
		return "informasi.kind." + name().toLowerCase(Locale.ROOT);
	}
}
