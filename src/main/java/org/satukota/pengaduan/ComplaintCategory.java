package org.satukota.pengaduan;

import java.util.List;

/**
 * A leaf of the category tree.
 *
 * @param code stable code, e.g. {@code jalan-rusak}
 * @param name the name reporters see
 * @param description what belongs here
 * @param group the name of the parent category
 * @param keywords words that describe it (for search and Open311 {@code keywords})
 * @param defaultOpdId the OPD (directory unit) that handles it by default
 */
public record ComplaintCategory(String code, String name, String description, String group, List<String> keywords,
		long defaultOpdId) {
}
