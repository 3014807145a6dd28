package org.satukota.shared;

import java.time.Instant;

/**
 * One public thing the site search can find.
 *
 * @param type the kind, a message-bundle key of its label, e.g. {@code informasi.search.type.berita}
 * @param id unique within its type
 * @param title the title shown in results
 * @param text the body to search in (plain text)
 * @param path the public page on this platform
 * @param updatedAt when it last changed
 */
public record SearchDocument(String type, String id, String title, String text, String path, Instant updatedAt) {
}
