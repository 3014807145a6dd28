package org.satukota.pengaduan.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.junit.jupiter.api.Test;

class ImageMetadataStripperTest {

	private static final String MAKE = "KameraCorp";
	private static final String MODEL = "SatuPhone X9";
	private static final String PHOTOGRAPHER = "Budi Santoso";

	@Test
	void aJpegLosesItsExifGpsCameraXmpIptcAndCommentsButDecodesToTheSamePixels() throws IOException {
		byte[] original = withMetadata(jpeg(false));
		assertThat(contains(original, "Exif\0\0")).isTrue();
		assertThat(contains(original, MAKE)).isTrue();

		byte[] stripped = ImageMetadataStripper.strip(original, "image/jpeg");

		assertNoMetadataIn(stripped);
		assertThat(contains(stripped, "JFIF")).as("APP0/JFIF is kept").isTrue();
		assertSamePixels(original, stripped);
	}

	@Test
	void aProgressiveJpegWithManyScansSurvivesStripping() throws IOException {
		byte[] original = withMetadata(jpeg(true));

		byte[] stripped = ImageMetadataStripper.strip(original, "image/jpeg; charset=binary");

		assertNoMetadataIn(stripped);
		assertSamePixels(original, stripped);
	}

	@Test
	void aCameraJpegWithExifFirstAndNoJfifSegmentStillDecodes() throws IOException {
		byte[] jpeg = jpeg(false);
		int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		byte[] exif = segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifTiff()));
		byte[] camera = concat(concat(new byte[] { (byte) 0xFF, (byte) 0xD8 }, exif),
				Arrays.copyOfRange(jpeg, app0End, jpeg.length));

		byte[] stripped = ImageMetadataStripper.strip(camera, "image/jpeg");

		assertThat(contains(stripped, "Exif")).isFalse();
		assertThat(contains(stripped, MODEL)).isFalse();
		assertThat(stripped).hasSize(camera.length - exif.length);
		assertSamePixels(camera, stripped);
	}

	@Test
	void anAdobeColourSegmentIsKeptBecauseDecodersNeedIt() throws IOException {
		byte[] adobe = segment(0xEE, "Adobe\0\144\0\0\0\0\1".getBytes(StandardCharsets.ISO_8859_1));
		byte[] original = insertAfterApp0(jpeg(false), adobe);

		byte[] stripped = ImageMetadataStripper.strip(original, "image/jpeg");

		assertThat(contains(stripped, "Adobe")).isTrue();
	}

	@Test
	void aPngLosesItsExifTextAndTimeChunksButDecodesToTheSamePixels() throws IOException {
		byte[] png = png();
		byte[] original = insertPngChunks(png,
				chunk("eXIf", exifTiff()),
				chunk("tEXt", ("Author\0" + PHOTOGRAPHER).getBytes(StandardCharsets.ISO_8859_1)),
				chunk("iTXt", ("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>exif:GPSLatitude 8,40.23S</x:xmpmeta>")
					.getBytes(StandardCharsets.UTF_8)),
				chunk("zTXt", concat("Comment\0\0".getBytes(StandardCharsets.ISO_8859_1),
						deflate("Dipotret oleh " + PHOTOGRAPHER))),
				chunk("tIME", new byte[] { 0x07, (byte) 0xEA, 3, 10, 11, 0, 0 }),
				chunk("pHYs", new byte[] { 0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1 }));
		assertThat(contains(original, MAKE)).isTrue();
		assertThat(ImageIO.read(new ByteArrayInputStream(original))).isNotNull();

		byte[] stripped = ImageMetadataStripper.strip(original, "image/png");

		assertThat(contains(stripped, "eXIf")).isFalse();
		assertThat(contains(stripped, "tEXt")).isFalse();
		assertThat(contains(stripped, "iTXt")).isFalse();
		assertThat(contains(stripped, "zTXt")).isFalse();
		assertThat(contains(stripped, "tIME")).isFalse();
		assertThat(contains(stripped, MAKE)).isFalse();
		assertThat(contains(stripped, MODEL)).isFalse();
		assertThat(contains(stripped, PHOTOGRAPHER)).isFalse();
		assertThat(contains(stripped, "pHYs")).as("rendering chunks are kept").isTrue();
		assertThat(stripped).hasSize(png.length + 21);
		assertSamePixels(original, stripped);
	}

	@Test
	void otherMediaTypesAreReturnedUnchanged() {
		byte[] pdf = "%PDF-1.7 Author Budi".getBytes(StandardCharsets.US_ASCII);

		assertThat(ImageMetadataStripper.strip(pdf, "application/pdf")).isSameAs(pdf);
		assertThat(ImageMetadataStripper.strip(pdf, null)).isSameAs(pdf);
	}

	@Test
	void aTruncatedJpegIsRejectedWithAClearMessage() throws IOException {
		byte[] jpeg = withMetadata(jpeg(false));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImageMetadataStripper.strip(Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg"))
			.withMessageContaining("truncated");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImageMetadataStripper.strip(Arrays.copyOf(jpeg, 30), "image/jpeg"))
			.withMessageContaining("truncated");
	}

	@Test
	void somethingThatIsNotAJpegOrPngIsRejectedWithAClearMessage() throws IOException {
		byte[] text = "bukan gambar".getBytes(StandardCharsets.US_ASCII);

		assertThatIllegalArgumentException().isThrownBy(() -> ImageMetadataStripper.strip(text, "image/jpeg"))
			.withMessageContaining("Not a JPEG");
		assertThatIllegalArgumentException().isThrownBy(() -> ImageMetadataStripper.strip(text, "image/png"))
			.withMessageContaining("Not a PNG");
		assertThatIllegalArgumentException().isThrownBy(() -> ImageMetadataStripper.strip(png(), "image/jpeg"))
			.withMessageContaining("Not a JPEG");
	}

	@Test
	void aPngWithACorruptChunkOrNoEndIsRejectedWithAClearMessage() throws IOException {
		byte[] png = png();
		byte[] corrupt = png.clone();
		corrupt[20] ^= 0x01; // inside IHDR's data

		assertThatIllegalArgumentException().isThrownBy(() -> ImageMetadataStripper.strip(corrupt, "image/png"))
			.withMessageContaining("checksum");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImageMetadataStripper.strip(Arrays.copyOf(png, png.length - 12), "image/png"))
			.withMessageContaining("truncated");
	}

	private static void assertNoMetadataIn(byte[] stripped) {
		assertThat(contains(stripped, "Exif")).isFalse();
		assertThat(contains(stripped, MAKE)).isFalse();
		assertThat(contains(stripped, MODEL)).isFalse();
		assertThat(contains(stripped, "http://ns.adobe.com/xap/1.0/")).isFalse();
		assertThat(contains(stripped, "GPSLatitude")).isFalse();
		assertThat(contains(stripped, "Photoshop 3.0")).isFalse();
		assertThat(contains(stripped, PHOTOGRAPHER)).isFalse();
		assertThat(contains(stripped, "TRAILER")).isFalse();
		assertThat(stripped[stripped.length - 2] & 0xFF).isEqualTo(0xFF);
		assertThat(stripped[stripped.length - 1] & 0xFF).isEqualTo(0xD9);
	}

	private static void assertSamePixels(byte[] original, byte[] stripped) throws IOException {
		BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
		BufferedImage after = ImageIO.read(new ByteArrayInputStream(stripped));
		assertThat(before).as("test input decodes").isNotNull();
		assertThat(after).as("stripped image decodes").isNotNull();
		assertThat(after.getWidth()).isEqualTo(before.getWidth());
		assertThat(after.getHeight()).isEqualTo(before.getHeight());
		for (int y = 0; y < before.getHeight(); y++) {
			for (int x = 0; x < before.getWidth(); x++) {
				assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
			}
		}
	}

	private static BufferedImage picture() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(40, 120, 200));
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.ORANGE);
		g.fillOval(10, 8, 30, 30);
		g.dispose();
		return image;
	}

	private static byte[] jpeg(boolean progressive) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		if (progressive) {
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(picture(), null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(picture(), "png", bytes);
		return bytes.toByteArray();
	}

	/** EXIF (with GPS and camera), XMP, IPTC and a comment after APP0, and a trailer after EOI. */
	private static byte[] withMetadata(byte[] jpeg) {
		byte[] exif = segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifTiff()));
		byte[] xmp = segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude=\"8,40.23S\" "
				+ "tiff:Make=\"" + MAKE + "\"/></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
		byte[] iptc = segment(0xED, concat("Photoshop 3.0\08BIM\4\4\0\0\0\0\0\22".getBytes(StandardCharsets.ISO_8859_1),
				concat(new byte[] { 0x1C, 0x02, 0x50, 0x00, 0x0C }, PHOTOGRAPHER.getBytes(StandardCharsets.US_ASCII))));
		byte[] comment = segment(0xFE, ("Dipotret oleh " + PHOTOGRAPHER).getBytes(StandardCharsets.US_ASCII));
		byte[] withSegments = insertAfterApp0(jpeg, concat(concat(exif, xmp), concat(iptc, comment)));
		return concat(withSegments, "TRAILER Budi".getBytes(StandardCharsets.US_ASCII));
	}

	/** A big-endian TIFF structure: IFD0 with Make, Model and a GPS IFD holding latitude and longitude. */
	private static byte[] exifTiff() {
		byte[] make = (MAKE + "\0").getBytes(StandardCharsets.US_ASCII);
		byte[] model = (MODEL + "\0").getBytes(StandardCharsets.US_ASCII);
		int ifd0 = 8;
		int makeAt = ifd0 + 2 + 3 * 12 + 4;
		int modelAt = makeAt + make.length;
		int gpsAt = modelAt + model.length;
		int latitudeAt = gpsAt + 2 + 4 * 12 + 4;
		int longitudeAt = latitudeAt + 24;
		ByteBuffer tiff = ByteBuffer.allocate(longitudeAt + 24);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(ifd0);
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(makeAt);
		tiff.putShort((short) 0x0110).putShort((short) 2).putInt(model.length).putInt(modelAt);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
		tiff.putInt(0);
		tiff.put(make).put(model);
		tiff.putShort((short) 4);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'S', 0, 0, 0 });
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitudeAt);
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] { 'E', 0, 0, 0 });
		tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(longitudeAt);
		tiff.putInt(0);
		tiff.putInt(8).putInt(1).putInt(40).putInt(1).putInt(1423).putInt(100);
		tiff.putInt(115).putInt(1).putInt(12).putInt(1).putInt(4536).putInt(100);
		return tiff.array();
	}

	private static byte[] segment(int marker, byte[] payload) {
		ByteBuffer segment = ByteBuffer.allocate(payload.length + 4);
		segment.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
		return segment.array();
	}

	private static byte[] insertAfterApp0(byte[] jpeg, byte[] segments) {
		assertThat(jpeg[3] & 0xFF).as("ImageIO writes APP0 first").isEqualTo(0xE0);
		int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		return concat(concat(Arrays.copyOf(jpeg, app0End), segments), Arrays.copyOfRange(jpeg, app0End, jpeg.length));
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(data.length + 12).putInt(data.length).put(typeBytes).put(data)
			.putInt((int) crc.getValue()).array();
	}

	private static byte[] insertPngChunks(byte[] png, byte[]... chunks) {
		int afterIhdr = 8 + 25;
		byte[] result = Arrays.copyOf(png, afterIhdr);
		for (byte[] chunk : chunks) {
			result = concat(result, chunk);
		}
		return concat(result, Arrays.copyOfRange(png, afterIhdr, png.length));
	}

	private static byte[] deflate(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		}
		return bytes.toByteArray();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

	private static boolean contains(byte[] haystack, String needle) {
		byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
		outer: for (int i = 0; i <= haystack.length - n.length; i++) {
			for (int j = 0; j < n.length; j++) {
				if (haystack[i + j] != n[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
