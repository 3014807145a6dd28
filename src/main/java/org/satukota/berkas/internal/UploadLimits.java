package org.satukota.berkas.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** How rules are explained to people: "PDF, JPEG, PNG" and "2 MB" (Indonesian decimal comma: "1,5 MB"). */
final class UploadLimits {

	private static final Map<String, String> LABELS = Map.of("application/pdf", "PDF", "image/jpeg", "JPEG",
			"image/png", "PNG");

	private static final long KB = 1024;

	private static final long MB = 1024 * 1024;

	private UploadLimits() {
	}

	static String size(long bytes) {
		if (bytes >= MB) {
			return decimal(bytes, MB) + " MB";
		}
		if (bytes >= KB) {
			return decimal(bytes, KB) + " KB";
		}
		return bytes + " byte";
	}

	static String types(Collection<String> mediaTypes) {
		return mediaTypes.stream()
			.map(type -> LABELS.getOrDefault(type, type))
			.sorted((a, b) -> Integer.compare(order(a), order(b)) != 0 ? Integer.compare(order(a), order(b))
					: a.compareTo(b))
			.collect(Collectors.joining(", "));
	}

	private static int order(String label) {
		return switch (label) {
			case "PDF" -> 0;
			case "JPEG" -> 1;
			case "PNG" -> 2;
			default -> 3;
		};
	}

	private static String decimal(long bytes, long unit) {
		BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.DOWN)
			.stripTrailingZeros();
		return value.toPlainString().replace('.', ',');
	}
}
