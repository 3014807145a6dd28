package org.satukota.permohonan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.satukota.berkas.Upload;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Reads an application form from a request: values are parameters named {@code isian.<field-key>}, files are parts
 * named {@code berkas.<requirement-key>}, reasons are {@code alasan.<key>}.
 */
final class FormInput {

	static final String VALUE_PREFIX = "isian.";

	static final String FILE_PREFIX = "berkas.";

	static final String REASON_PREFIX = "alasan.";

	private FormInput() {
	}

	static Map<String, String> values(HttpServletRequest request) {
		return prefixed(request, VALUE_PREFIX);
	}

	static Map<String, String> reasons(HttpServletRequest request) {
		return prefixed(request, REASON_PREFIX);
	}

	static Map<String, Upload> uploads(HttpServletRequest request) {
		Map<String, Upload> uploads = new LinkedHashMap<>();
		// Filters (session, security) may wrap the multipart request the dispatcher resolved.
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (Map.Entry<String, MultipartFile> part : multipart.getFileMap().entrySet()) {
				if (part.getKey().startsWith(FILE_PREFIX)) {
					uploads.put(part.getKey().substring(FILE_PREFIX.length()), upload(part.getValue()));
				}
			}
		}
		return uploads;
	}

	static Upload upload(MultipartFile file) {
		try {
			return new Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> prefixed(HttpServletRequest request, String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, given) -> {
			if (name.startsWith(prefix) && given.length > 0) {
				values.put(name.substring(prefix.length()), given[0]);
			}
		});
		return values;
	}
}
