package org.satukota.shared;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a value for the rest of the current web request, for caches that check a revision in the database on
 * every read: one request then checks once, however many questions it asks. Outside a request every call loads.
 * Whoever changes the underlying data calls {@link #forget(String)} in its transaction, so the request sees its own
 * change, and again after that transaction ends, so it never keeps what was rolled back.
 */
public final class RequestMemo {

	private RequestMemo() {
	}

	/** The value remembered under {@code key} in this request, loading (and remembering) it if there is none. */
	@SuppressWarnings("unchecked")
	public static <T> T get(String key, Supplier<T> loader) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return loader.get();
		}
		Object remembered = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (remembered != null) {
			return (T) remembered;
		}
		T loaded = loader.get();
		request.setAttribute(key, loaded, RequestAttributes.SCOPE_REQUEST);
		return loaded;
	}

	/** Drops the value now and, inside a transaction, again when it has committed or rolled back. */
	public static void forget(String key) {
		drop(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					drop(key);
				}
			});
		}
	}

	private static void drop(String key) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(key, RequestAttributes.SCOPE_REQUEST);
		}
	}
}
