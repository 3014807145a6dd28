package org.satukota.shared;

/**
 * Where each node-local cache stands, shared by all nodes through the database: a module that keeps data in memory
 * (the unit tree, the holiday calendar, the complaint categories) compares its copy's revision with
 * {@link #current} and reloads when it moved, and moves it with {@link #bump} in the transaction of every change.
 * All revisions are read with one query, at most once per web request and, on each node, at most once a second
 * ({@code satukota.cache-revisions.max-age}): a change is seen at once on the node that made it and within that
 * time on the others.
 */
public interface CacheRevisions {

	/** The revision of the cache called {@code name} (0 before its first change). */
	long current(String name);

	/**
	 * Moves {@code name} to a new revision, never handed out before; call it in the transaction of the change, so
	 * the new revision is seen exactly when the change is.
	 */
	void bump(String name);
}
