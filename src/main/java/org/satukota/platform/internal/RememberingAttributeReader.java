package org.satukota.platform.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Reads a stored session attribute, remembering the last few thousand values this node read by their exact stored
 * bytes.
 *
 * <p>Why: every request reads the signed-in person's security context and form token from the session table, and
 * Java deserialization of those bytes was about 3 % of a request's CPU. The session is still read from the
 * database on every request (any node can serve any request, and ending a session takes effect everywhere); only
 * turning the same bytes into the same objects again is skipped. Equal bytes always give equal values, so one
 * session's value can only ever be handed to a session that stores exactly the same.
 *
 * <p>Only values that no request can change are shared: immutable types, and the security context, which is
 * handed out as a fresh context around the remembered (immutable) authentication because signing out clears the
 * context object in place. Any other type is deserialized on every read, as before.
 */
final class RememberingAttributeReader implements Converter<byte[], Object> {

	static final int MAX_REMEMBERED = 4096;

	private static final Set<Class<?>> IMMUTABLE = Set.of(DefaultCsrfToken.class, String.class, Boolean.class,
			Integer.class, Long.class, Locale.class, Instant.class);

	private final Converter<byte[], Object> deserializer;

	private final Map<StoredBytes, Object> remembered = new ConcurrentHashMap<>();

	RememberingAttributeReader(ClassLoader classLoader) {
		this(new DeserializingConverter(classLoader));
	}

	RememberingAttributeReader(Converter<byte[], Object> deserializer) {
		this.deserializer = deserializer;
	}

	@Override
	public Object convert(byte[] source) {
		StoredBytes key = new StoredBytes(source);
		Object value = remembered.get(key);
		if (value == null) {
			value = deserializer.convert(source);
			if (!shareable(value)) {
				return value;
			}
			if (remembered.size() >= MAX_REMEMBERED) {
				// Crude but bounded: a node with more live sessions than this reads some of them the slow way.
				remembered.clear();
			}
			remembered.put(key, value);
		}
		return handedOut(value);
	}

	int rememberedCount() {
		return remembered.size();
	}

	private static boolean shareable(Object value) {
		return value != null && (value.getClass() == SecurityContextImpl.class || IMMUTABLE.contains(value.getClass()));
	}

	private static Object handedOut(Object value) {
		return value instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication()) : value;
	}

	/** A stored value's bytes, compared by content; the array is never changed after it is read. */
	private static final class StoredBytes {

		private final byte[] bytes;

		private final int hash;

		StoredBytes(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof StoredBytes stored && stored.hash == hash && Arrays.equals(stored.bytes, bytes);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
