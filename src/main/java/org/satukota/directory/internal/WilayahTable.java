package org.satukota.directory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.satukota.directory.RegionCodes;

/**
 * The shipped Kemendagri region list held compactly: each code as a long (digits padded to ten places, so a
 * region's descendants form one contiguous, sorted range) and all names in one string. About 91,600 regions fit
 * in roughly 2 MB instead of the ~10 MB a map of strings would take.
 */
final class WilayahTable implements RegionCodes {

	static final String RESOURCE = "data/wilayah/wilayah.csv";

	private static final long[] SPAN = { 0, 100_000_000L, 1_000_000L, 10_000L, 1L };

	private final long[] keys;

	private final int[] nameEnds;

	private final String names;

	private WilayahTable(long[] keys, int[] nameEnds, String names) {
		this.keys = keys;
		this.nameEnds = nameEnds;
		this.names = names;
	}

	static WilayahTable fromClasspath() {
		InputStream in = WilayahTable.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("Region list " + RESOURCE + " is missing from the classpath");
		}
		try (in) {
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read region list " + RESOURCE, ex);
		}
	}

	static WilayahTable load(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		long[] keys = new long[100_000];
		int[] ends = new int[100_000];
		StringBuilder names = new StringBuilder(1 << 20);
		int count = 0;
		boolean sorted = true;
		String line = reader.readLine(); // header
		while ((line = reader.readLine()) != null) {
			int comma = line.indexOf(',');
			if (comma < 0) {
				continue;
			}
			long key = key(line.substring(0, comma));
			if (key < 0) {
				continue;
			}
			if (count == keys.length) {
				keys = Arrays.copyOf(keys, count * 2);
				ends = Arrays.copyOf(ends, count * 2);
			}
			if (count > 0 && keys[count - 1] >= key) {
				sorted = false;
			}
			names.append(unquote(line.substring(comma + 1)));
			keys[count] = key;
			ends[count] = names.length();
			count++;
		}
		WilayahTable table = new WilayahTable(Arrays.copyOf(keys, count), Arrays.copyOf(ends, count), names.toString());
		return sorted ? table : table.sortedCopy();
	}

	private WilayahTable sortedCopy() {
		Integer[] order = new Integer[keys.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
		long[] sortedKeys = new long[keys.length];
		int[] sortedEnds = new int[keys.length];
		StringBuilder sortedNames = new StringBuilder(names.length());
		for (int i = 0; i < order.length; i++) {
			sortedKeys[i] = keys[order[i]];
			sortedNames.append(nameAt(order[i]));
			sortedEnds[i] = sortedNames.length();
		}
		return new WilayahTable(sortedKeys, sortedEnds, sortedNames.toString());
	}

	private static String unquote(String field) {
		String value = field.strip();
		if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
			return value.substring(1, value.length() - 1).replace("\"\"", "\"");
		}
		return value;
	}

	/**
	 * The padded numeric key of a code written {@code 16.71.01.1001} or {@code 1671011001}, or -1 when the text
	 * is not a well-formed region code (wrong segment lengths, non-digits, or an all-zero segment).
	 */
	static long key(String code) {
		if (code == null) {
			return -1;
		}
		String text = code.strip();
		String[] parts;
		if (text.indexOf('.') >= 0) {
			parts = text.split("\\.", -1);
		}
		else {
			parts = switch (text.length()) {
				case 2 -> new String[] { text };
				case 4 -> new String[] { text.substring(0, 2), text.substring(2) };
				case 6 -> new String[] { text.substring(0, 2), text.substring(2, 4), text.substring(4) };
				case 10 -> new String[] { text.substring(0, 2), text.substring(2, 4), text.substring(4, 6),
						text.substring(6) };
				default -> null;
			};
		}
		if (parts == null || parts.length > 4) {
			return -1;
		}
		long key = 0;
		long[] scale = { 100_000_000L, 1_000_000L, 10_000L, 1L };
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			if (part.length() != (i == 3 ? 4 : 2)) {
				return -1;
			}
			int value = 0;
			for (int c = 0; c < part.length(); c++) {
				char ch = part.charAt(c);
				if (ch < '0' || ch > '9') {
					return -1;
				}
				value = value * 10 + (ch - '0');
			}
			if (value == 0) {
				return -1;
			}
			key += value * scale[i];
		}
		return key;
	}

	/** 1 province, 2 regency/city, 3 kecamatan, 4 kelurahan/desa. */
	static int level(long key) {
		if (key % 100_000_000L == 0) {
			return 1;
		}
		if (key % 1_000_000L == 0) {
			return 2;
		}
		return key % 10_000L == 0 ? 3 : 4;
	}

	static String dotted(long key) {
		String digits = String.format("%010d", key);
		return switch (level(key)) {
			case 1 -> digits.substring(0, 2);
			case 2 -> digits.substring(0, 2) + "." + digits.substring(2, 4);
			case 3 -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6);
			default -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "."
					+ digits.substring(6);
		};
	}

	/** The dotted form of a well-formed code, whether or not it is in the list. */
	static Optional<String> normalise(String code) {
		long key = key(code);
		return key < 0 ? Optional.empty() : Optional.of(dotted(key));
	}

	int size() {
		return keys.length;
	}

	private int indexOf(long key) {
		return key < 0 ? -1 : Arrays.binarySearch(keys, key);
	}

	private String nameAt(int index) {
		return names.substring(index == 0 ? 0 : nameEnds[index - 1], nameEnds[index]);
	}

	private boolean isAtLevel(String code, int level) {
		long key = key(code);
		return key >= 0 && level(key) == level && indexOf(key) >= 0;
	}

	@Override
	public boolean isProvince(String code) {
		return isAtLevel(code, 1);
	}

	@Override
	public boolean isRegency(String code) {
		return isAtLevel(code, 2);
	}

	@Override
	public boolean isKecamatan(String code) {
		return isAtLevel(code, 3);
	}

	boolean isVillage(String code) {
		return isAtLevel(code, 4);
	}

	@Override
	public Optional<String> name(String code) {
		int index = indexOf(key(code));
		return index < 0 ? Optional.empty() : Optional.of(nameAt(index));
	}

	/** The regions directly below a code (kecamatan of a city, kelurahan/desa of a kecamatan), by code. */
	List<Region> children(String code) {
		long key = key(code);
		if (key < 0 || level(key) == 4) {
			return List.of();
		}
		int childLevel = level(key) + 1;
		long end = key + SPAN[level(key)];
		int from = Arrays.binarySearch(keys, key + 1);
		if (from < 0) {
			from = -from - 1;
		}
		List<Region> children = new ArrayList<>();
		for (int i = from; i < keys.length && keys[i] < end; i++) {
			if (level(keys[i]) == childLevel) {
				children.add(new Region(dotted(keys[i]), nameAt(i)));
			}
		}
		return children;
	}

	/** One region of the list: its dotted code and official name. */
	record Region(String code, String name) {
	}
}
