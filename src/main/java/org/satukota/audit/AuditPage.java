package org.satukota.audit;

import java.util.List;

/**
 * A page of {@link AuditEntry}s, newest first.
 * @param entries the entries on this page
 * @param page zero-based page number
 * @param size requested page size
 * @param total number of entries matching the query
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
