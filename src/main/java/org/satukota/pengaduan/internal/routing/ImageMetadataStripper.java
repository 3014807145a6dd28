package org.satukota.pengaduan.internal.routing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Removes metadata that can identify a reporter (EXIF with GPS position and camera make/model, XMP, IPTC, ICC
 * device data, comments, text chunks, timestamps) from uploaded photos, by copying only the parts an image needs
 * to be decoded. Pixels are not re-encoded, so quality is untouched.
 * <ul>
 * <li>JPEG: keeps every marker segment except APP1–APP15 and COM; an Adobe APP14 segment is kept because it
 * tells decoders how to interpret the colour channels. Anything after the end-of-image marker is dropped (some
 * cameras append a second image with its own EXIF there). The EXIF orientation goes too, so a photo taken in
 * portrait may show sideways.</li>
 * <li>PNG: keeps critical chunks and the ancillary chunks that only describe how to render pixels (transparency,
 * gamma, colour space, pixel size, animation); drops eXIf, tEXt, iTXt, zTXt, tIME, iCCP and any unknown ancillary
 * chunk. Chunk checksums are verified.</li>
 * </ul>
 * Other media types are returned unchanged.
 */
public final class ImageMetadataStripper {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final Set<String> PNG_RENDERING_CHUNKS = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "bKGD",
			"hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT", "cICP", "mDCv", "cLLi");

	private ImageMetadataStripper() {
	}

	/**
	 * The image without its metadata.
	 *
	 * @param image the file's bytes
	 * @param mediaType its media type, e.g. {@code image/jpeg}; parameters and case are ignored
	 * @return a new array for JPEG and PNG, {@code image} itself for other types
	 * @throws IllegalArgumentException when a JPEG or PNG is malformed or truncated
	 */
	public static byte[] strip(byte[] image, String mediaType) {
		Objects.requireNonNull(image, "image");
		String type = mediaType == null ? "" : mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return switch (type) {
			case "image/jpeg", "image/jpg", "image/pjpeg" -> stripJpeg(image);
			case "image/png", "image/apng" -> stripPng(image);
			default -> image;
		};
	}

	private static byte[] stripJpeg(byte[] in) {
		if (in.length < 4 || (in[0] & 0xFF) != 0xFF || (in[1] & 0xFF) != 0xD8) {
			throw new IllegalArgumentException("Not a JPEG image: it does not start with the start-of-image marker");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(0xFF);
		out.write(0xD8);
		int pos = 2;
		boolean frame = false;
		boolean scan = false;
		while (true) {
			if (pos >= in.length) {
				throw new IllegalArgumentException("JPEG image is truncated: it ends before its end-of-image marker");
			}
			if ((in[pos] & 0xFF) != 0xFF) {
				throw new IllegalArgumentException("JPEG image is malformed: expected a marker at byte " + pos);
			}
			while (pos < in.length && (in[pos] & 0xFF) == 0xFF) {
				pos++; // fill bytes before a marker
			}
			if (pos >= in.length) {
				throw new IllegalArgumentException("JPEG image is truncated: it ends inside a marker");
			}
			int marker = in[pos++] & 0xFF;
			if (marker == 0xD9) {
				if (!scan) {
					throw new IllegalArgumentException("JPEG image is malformed: it contains no image data");
				}
				out.write(0xFF);
				out.write(0xD9);
				return out.toByteArray();
			}
			if (marker == 0x00 || marker == 0xD8) {
				throw new IllegalArgumentException(
						"JPEG image is malformed: unexpected marker 0x" + Integer.toHexString(marker) + " at byte "
								+ (pos - 1));
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				out.write(0xFF); // markers without a length
				out.write(marker);
				continue;
			}
			if (pos + 2 > in.length) {
				throw new IllegalArgumentException("JPEG image is truncated inside a segment header");
			}
			int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
			if (length < 2 || pos + length > in.length) {
				throw new IllegalArgumentException("JPEG image is truncated: segment 0x" + Integer.toHexString(marker)
						+ " at byte " + (pos - 2) + " is longer than the file");
			}
			if (keepJpegSegment(marker, in, pos + 2, length - 2)) {
				out.write(0xFF);
				out.write(marker);
				out.write(in, pos, length);
			}
			pos += length;
			if (isStartOfFrame(marker)) {
				frame = true;
			}
			if (marker == 0xDA) {
				if (!frame) {
					throw new IllegalArgumentException("JPEG image is malformed: scan data before the frame header");
				}
				scan = true;
				int start = pos;
				pos = endOfEntropyCodedData(in, pos);
				out.write(in, start, pos - start);
			}
		}
	}

	/** The position of the first marker after entropy-coded data (skipping stuffed zero bytes and restarts). */
	private static int endOfEntropyCodedData(byte[] in, int pos) {
		while (true) {
			if (pos + 1 >= in.length) {
				throw new IllegalArgumentException("JPEG image is truncated: it ends inside the image data");
			}
			if ((in[pos] & 0xFF) == 0xFF) {
				int next = in[pos + 1] & 0xFF;
				if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
					pos += 2;
					continue;
				}
				return pos;
			}
			pos++;
		}
	}

	private static boolean keepJpegSegment(int marker, byte[] in, int dataStart, int dataLength) {
		if (marker == 0xFE) {
			return false; // COM
		}
		if (marker == 0xEE) {
			return startsWith(in, dataStart, dataLength, "Adobe");
		}
		return marker < 0xE1 || marker > 0xEF;
	}

	private static boolean isStartOfFrame(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	private static boolean startsWith(byte[] in, int start, int length, String prefix) {
		byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
		if (length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (in[start + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] stripPng(byte[] in) {
		if (in.length < PNG_SIGNATURE.length || !hasPngSignature(in)) {
			throw new IllegalArgumentException("Not a PNG image: it does not start with the PNG signature");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, PNG_SIGNATURE.length);
		int pos = PNG_SIGNATURE.length;
		boolean first = true;
		while (true) {
			if (pos + 12 > in.length) {
				throw new IllegalArgumentException("PNG image is truncated: it ends before its IEND chunk");
			}
			long length = ((long) (in[pos] & 0xFF) << 24) | ((in[pos + 1] & 0xFF) << 16)
					| ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
			if (length > in.length - pos - 12L) {
				throw new IllegalArgumentException(
						"PNG image is truncated: the chunk at byte " + pos + " is longer than the file");
			}
			String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
			if (!type.chars().allMatch(ch -> (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))) {
				throw new IllegalArgumentException("PNG image is malformed: invalid chunk type at byte " + pos);
			}
			if (first && !type.equals("IHDR")) {
				throw new IllegalArgumentException("PNG image is malformed: the first chunk is not IHDR");
			}
			first = false;
			int chunkLength = (int) length + 12;
			CRC32 crc = new CRC32();
			crc.update(in, pos + 4, (int) length + 4);
			int crcAt = pos + 8 + (int) length;
			long stored = ((long) (in[crcAt] & 0xFF) << 24) | ((in[crcAt + 1] & 0xFF) << 16)
					| ((in[crcAt + 2] & 0xFF) << 8) | (in[crcAt + 3] & 0xFF);
			if (crc.getValue() != stored) {
				throw new IllegalArgumentException("PNG image is corrupt: chunk " + type + " has a wrong checksum");
			}
			boolean critical = Character.isUpperCase(type.charAt(0));
			if (critical || PNG_RENDERING_CHUNKS.contains(type)) {
				out.write(in, pos, chunkLength);
			}
			pos += chunkLength;
			if (type.equals("IEND")) {
				return out.toByteArray(); // anything after IEND is not part of the image
			}
		}
	}

	private static boolean hasPngSignature(byte[] in) {
		for (int i = 0; i < PNG_SIGNATURE.length; i++) {
			if (in[i] != PNG_SIGNATURE[i]) {
				return false;
			}
		}
		return true;
	}
}
