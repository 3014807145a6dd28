package org.satukota.pengaduan.internal;

import java.util.Set;

import org.satukota.berkas.FileStore;
import org.satukota.berkas.StoredFile;
import org.satukota.berkas.Upload;
import org.satukota.berkas.UploadRules;
import org.satukota.pengaduan.internal.routing.ImageMetadataStripper;
import org.satukota.shared.PolicyViolation;
import org.springframework.stereotype.Component;

/**
 * Stores report photos and documents: images lose their EXIF location and device data before they are stored
 * (a photo of a pothole must not reveal where the reporter lives or which phone they own), then the file store
 * checks type and size as for every upload.
 */
@Component
class Photos {

	static final int MAX_FILES = 5;

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final UploadRules RULES = new UploadRules(Set.of(UploadRules.JPEG, UploadRules.PNG, UploadRules.PDF),
			MAX_BYTES);

	private final FileStore files;

	Photos(FileStore files) {
		this.files = files;
	}

	/** Whether a form's file part carries a file at all (an empty file input sends a nameless empty part). */
	static boolean present(Upload upload) {
		return upload != null && ((upload.originalName() != null && !upload.originalName().isBlank())
				|| upload.content().length > 0);
	}

	StoredFile store(Upload upload) {
		byte[] content = upload.content();
		String type = sniff(content);
		if (type != null && content.length <= MAX_BYTES) {
			try {
				content = ImageMetadataStripper.strip(content, type);
			}
			catch (IllegalArgumentException malformed) {
				throw new PolicyViolation("pengaduan.image-unreadable");
			}
		}
		return files.store(new Upload(upload.originalName(), content), RULES);
	}

	java.util.Optional<StoredFile> find(java.util.UUID fileId) {
		return files.find(fileId);
	}

	byte[] content(java.util.UUID fileId) {
		return files.content(fileId);
	}

	private static String sniff(byte[] content) {
		if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8) {
			return UploadRules.JPEG;
		}
		if (content.length > 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N'
				&& content[3] == 'G') {
			return UploadRules.PNG;
		}
		return null;
	}
}
