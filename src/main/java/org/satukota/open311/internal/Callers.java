package org.satukota.open311.internal;

import java.util.Optional;

/** Who is calling: the client an active API key was issued to. */
interface Callers {

	/** A client by its API key name; the name becomes the complaint channel {@code open311:<name>}. */
	record Caller(long keyId, String name) {
	}

	/** The client of an active key; empty for an unknown or revoked key. */
	Optional<Caller> authenticate(String apiKey);
}
