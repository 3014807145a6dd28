package org.satukota.pengaduan.internal.routing;

import java.util.Objects;

/**
 * One past routing decision: the complaint's text and category, and the OPD it was finally handled by.
 *
 * @param text title and description as the reporter wrote them
 * @param categoryCode the category code (may be {@code null} when unknown)
 * @param opdId the directory unit id of the OPD that handled it
 */
public record RoutingExample(String text, String categoryCode, long opdId) {

	public RoutingExample {
		Objects.requireNonNull(text, "text");
	}
}
