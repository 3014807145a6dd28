package org.satukota.peringatan.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The CAP 1.2 geometry syntax (WGS 84): a polygon is four or more {@code lat,lon} pairs separated by spaces whose
 * first and last pair are equal; a circle is {@code lat,lon radius} with the radius in kilometres.
 */
final class AreaSyntax {

	private AreaSyntax() {
	}

	/** Why a polygon is refused (a message-bundle key), or {@code null} when it is valid. */
	static String polygonError(String polygon) {
		String[] pairs = polygon.strip().split("\\s+");
		if (pairs.length < 4) {
			return "peringatan.area.polygon-too-short";
		}
		List<double[]> points = new ArrayList<>();
		for (String pair : pairs) {
			double[] point = point(pair);
			if (point == null) {
				return "peringatan.area.polygon-syntax";
			}
			points.add(point);
		}
		double[] first = points.get(0);
		double[] last = points.get(points.size() - 1);
		if (first[0] != last[0] || first[1] != last[1]) {
			return "peringatan.area.polygon-not-closed";
		}
		return null;
	}

	/** Why a circle is refused (a message-bundle key), or {@code null} when it is valid. */
	static String circleError(String circle) {
		String[] parts = circle.strip().split("\\s+");
		if (parts.length != 2 || point(parts[0]) == null) {
			return "peringatan.area.circle-syntax";
		}
		try {
			double radius = Double.parseDouble(parts[1]);
			if (!(radius > 0) || radius > 1000 || !parts[1].matches("\\d+(\\.\\d+)?")) {
				return "peringatan.area.circle-radius";
			}
		}
		catch (NumberFormatException ex) {
			return "peringatan.area.circle-radius";
		}
		return null;
	}

	/** Splits a text area into one geometry per non-blank line, with whitespace normalised. */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(line -> !line.isEmpty())
			.map(line -> line.replaceAll("\\s+", " ")).toList();
	}

	private static double[] point(String pair) {
		String[] latLon = pair.split(",");
		if (latLon.length != 2 || !latLon[0].matches("-?\\d+(\\.\\d+)?") || !latLon[1].matches("-?\\d+(\\.\\d+)?")) {
			return null;
		}
		double lat = Double.parseDouble(latLon[0]);
		double lon = Double.parseDouble(latLon[1]);
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
			return null;
		}
		return new double[] { lat, lon };
	}
}
