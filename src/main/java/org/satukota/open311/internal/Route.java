package org.satukota.open311.internal;

import java.util.Set;

/**
 * Which resource a path under {@code /open311/v2/} names, and in which format: {@code services.json},
 * {@code services/jalan-rusak.xml}, {@code requests/SK-2026-000123.json}. Anything else is an unknown resource (404),
 * answered in the format of its suffix when that suffix is known, otherwise in XML (the required format).
 */
record Route(String resource, String id, Format format) {

	static final String BASE = "/open311/v2/";

	private static final Set<String> COLLECTIONS = Set.of("discovery", "services", "requests", "servicerequestupdates");

	private static final Set<String> MEMBERS = Set.of("services", "requests", "tokens");

	/** The route of a decoded path inside the application, e.g. {@code /open311/v2/services.xml}. */
	static Route parse(String path) {
		if (path == null || !path.startsWith(BASE)) {
			throw new UnknownResource(Format.XML);
		}
		String rest = path.substring(BASE.length());
		int slash = rest.indexOf('/');
		String file = slash < 0 ? rest : rest.substring(slash + 1);
		String collection = slash < 0 ? null : rest.substring(0, slash);
		int dot = file.lastIndexOf('.');
		Format format = dot < 0 ? Format.XML : Format.ofSuffix(file.substring(dot + 1)).orElse(null);
		if (dot <= 0 || format == null || file.indexOf('/') >= 0) {
			throw new UnknownResource(format == null ? Format.XML : format);
		}
		String name = file.substring(0, dot);
		if (collection == null && COLLECTIONS.contains(name)) {
			return new Route(name, null, format);
		}
		if (collection != null && MEMBERS.contains(collection)) {
			return new Route(collection, name, format);
		}
		throw new UnknownResource(format);
	}

	/** The format a failure should be answered in, read as far as the path allows. */
	static Format formatOf(String path) {
		try {
			return parse(path).format();
		}
		catch (UnknownResource unknown) {
			return unknown.format;
		}
	}

	/** A path that names no resource, with the format to say so in. */
	static final class UnknownResource extends RuntimeException {

		final Format format;

		UnknownResource(Format format) {
			super(null, null, false, false);
			this.format = format;
		}
	}
}
