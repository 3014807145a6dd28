package org.satukota.pengaduan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.satukota.berkas.Upload;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintSubmission;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The submission form as typed (kept to re-render it) and its conversion. Number fields that do not parse are
 * problems of their own, so nothing is guessed.
 */
record SubmissionForm(String idempotencyKey, String kind, String category, String title, String description,
		String latitude, String longitude, String kelurahan, String address, boolean anonim, boolean rahasia,
		String name, String email, String phone) {

	static SubmissionForm read(HttpServletRequest request) {
		return new SubmissionForm(param(request, "idempotencyKey"), param(request, "kind"), param(request, "category"),
				param(request, "title"), param(request, "description"), param(request, "latitude"),
				param(request, "longitude"), param(request, "kelurahan"), param(request, "address"),
				request.getParameter("anonim") != null, request.getParameter("rahasia") != null,
				param(request, "name"), param(request, "email"), param(request, "phone"));
	}

	static SubmissionForm blank(String key, String name, String email, String phone) {
		return new SubmissionForm(key, "PENGADUAN", "", "", "", "", "", "", "", false, false, name, email, phone);
	}

	static List<Upload> uploads(HttpServletRequest request) {
		List<Upload> uploads = new ArrayList<>();
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (MultipartFile file : multipart.getFiles("berkas")) {
				try {
					uploads.add(new Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
							file.getBytes()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return uploads;
	}

	/** Problems of the raw input (unparseable numbers, unknown kind). */
	Map<String, Problem> parseProblems() {
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (!Intake.blank(kind)) {
			try {
				ComplaintKind.valueOf(kind);
			}
			catch (IllegalArgumentException ex) {
				problems.put("kind", Problem.of("pengaduan.kind-required"));
			}
		}
		if (number(latitude) == null && !Intake.blank(latitude) || number(longitude) == null && !Intake.blank(longitude)) {
			problems.put("location", Problem.of("pengaduan.point-invalid"));
		}
		if (!Intake.blank(kelurahan) && longNumber(kelurahan) == null) {
			problems.put("kelurahan", Problem.of("pengaduan.kelurahan-unknown"));
		}
		return problems;
	}

	ComplaintSubmission toSubmission(String channel, Long accountId) {
		ComplaintKind k = null;
		try {
			k = Intake.blank(kind) ? null : ComplaintKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			k = null;
		}
		return new ComplaintSubmission(channel, idempotencyKey, k, category, title, description, number(latitude),
				number(longitude), longNumber(kelurahan), address, accountId, name, email, phone, anonim, rahasia, null);
	}

	static Double number(String s) {
		if (Intake.blank(s)) {
			return null;
		}
		try {
			double d = Double.parseDouble(s.strip().replace(',', '.'));
			return Double.isFinite(d) ? d : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Long longNumber(String s) {
		if (Intake.blank(s)) {
			return null;
		}
		try {
			return Long.parseLong(s.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String param(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return value == null ? "" : value;
	}
}
