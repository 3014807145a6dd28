package org.satukota.pengaduan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.satukota.account.CurrentUsers;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.pengaduan.internal.Records.Dossier;
import org.satukota.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side: list and map of non-rahasia reports, a page per report, "saya juga mengalami", the per-OPD
 * figures, and the guest form with its e-mailed code. A guest reporter acts on their report through the secret
 * link in their e-mail ({@code ?kunci=}).
 */
@Controller
@RequestMapping("/pengaduan")
class PublicController {

	static final int PAGE_SIZE = 20;

	static final int FIRST_FIGURES_YEAR = 2000;

	static final int LAST_FIGURES_YEAR = 2100;

	private final PublicReports reports;

	private final ComplaintRepository repository;

	private final Intake intake;

	private final Handling handling;

	private final Views views;

	private final FormSupport forms;

	private final PublicFigures figures;

	private final Photos photos;

	private final CurrentUsers currentUsers;

	private final WorkingCalendar calendar;

	private final java.time.Clock clock;

	PublicController(PublicReports reports, ComplaintRepository repository, Intake intake, Handling handling,
			Views views, FormSupport forms, PublicFigures figures, Photos photos, CurrentUsers currentUsers,
			WorkingCalendar calendar, java.time.Clock clock) {
		this.reports = reports;
		this.repository = repository;
		this.intake = intake;
		this.handling = handling;
		this.views = views;
		this.forms = forms;
		this.figures = figures;
		this.photos = photos;
		this.currentUsers = currentUsers;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String kategori, @RequestParam(required = false) String kelurahan,
			@RequestParam(required = false) String opd, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int halaman, Model model) {
		String category = blankToNull(kategori);
		Long kel = SubmissionForm.longNumber(kelurahan);
		Long opdId = SubmissionForm.longNumber(opd);
		String st = blankToNull(status);
		PublicReports.ListPage page = reports.list(category, kel, opdId, st, Math.max(1, halaman), PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("halaman", Math.max(1, halaman));
		model.addAttribute("groups", forms.groups());
		model.addAttribute("kelurahans", views.kelurahans());
		model.addAttribute("opds", views.opds());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("kategori", category);
		model.addAttribute("kelurahan", kel);
		model.addAttribute("opd", opdId);
		model.addAttribute("status", st);
		StringBuilder query = new StringBuilder();
		append(query, "kategori", category);
		append(query, "kelurahan", kel);
		append(query, "opd", opdId);
		append(query, "status", st);
		model.addAttribute("mapQuery", query.toString());
		return "pengaduan/publik-daftar";
	}

	@GetMapping(path = "/peta.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<PublicReports.MapPoint> points(@RequestParam(required = false) String kategori,
			@RequestParam(required = false) String kelurahan, @RequestParam(required = false) String opd,
			@RequestParam(required = false) String status) {
		return reports.points(blankToNull(kategori), SubmissionForm.longNumber(kelurahan),
				SubmissionForm.longNumber(opd), blankToNull(status));
	}

	@GetMapping("/kinerja")
	String performance(@RequestParam(required = false) Integer tahun, Model model, HttpServletResponse response) {
		int year = calendar.dateOf(clock.instant()).getYear();
		if (tahun != null && (tahun < FIRST_FIGURES_YEAR || tahun > LAST_FIGURES_YEAR)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("yearRefused", true);
		}
		else if (tahun != null) {
			year = tahun;
		}
		PublicFigures.Table table = figures.year(year);
		model.addAttribute("tahun", year);
		model.addAttribute("firstYear", FIRST_FIGURES_YEAR);
		model.addAttribute("lastYear", LAST_FIGURES_YEAR);
		model.addAttribute("rows", table.rows());
		model.addAttribute("computedAt", table.computedAt().atZone(calendar.zone()).toLocalDateTime());
		return "pengaduan/kinerja";
	}

	// --- guests --------------------------------------------------------------------------------------------------

	@GetMapping("/baru")
	String guestForm(Model model) {
		if (currentUsers.current().map(u -> u.isCitizen()).orElse(false)) {
			return "redirect:/warga/pengaduan/baru";
		}
		return forms.form(model, SubmissionForm.blank(UUID.randomUUID().toString(), "", "", ""), Map.of(),
				"/pengaduan/baru", true);
	}

	@PostMapping("/baru")
	String guestSubmit(HttpServletRequest request, Model model, HttpServletResponse response) {
		SubmissionForm form = SubmissionForm.read(request);
		Map<String, Problem> problems = form.parseProblems();
		var submission = form.toSubmission("web-tamu", null);
		var uploads = SubmissionForm.uploads(request);
		Intake.GuestStart started = problems.isEmpty() ? intake.startGuest(submission, uploads)
				: new Intake.GuestStart(null, SubmissionForm.merge(problems, intake.validate(submission, uploads, true)));
		if (started.pendingId() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return forms.form(model, form, started.problems(), "/pengaduan/baru", true);
		}
		return "redirect:/pengaduan/verifikasi/" + started.pendingId();
	}

	@GetMapping("/verifikasi/{pendingId}")
	String codeForm(@PathVariable UUID pendingId, Model model) {
		if (!intake.guestPending(pendingId)) {
			throw new NotFound();
		}
		model.addAttribute("pendingId", pendingId);
		model.addAttribute("problems", Map.of());
		return "pengaduan/verifikasi";
	}

	@PostMapping("/verifikasi/{pendingId}")
	String confirm(@PathVariable UUID pendingId, @RequestParam(defaultValue = "") String kode, Model model,
			HttpServletResponse response) {
		Intake.Outcome outcome = intake.confirmGuest(pendingId, kode);
		if (!outcome.succeeded()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("pendingId", pendingId);
			model.addAttribute("problems", outcome.problems());
			return "pengaduan/verifikasi";
		}
		String token = repository.reporterToken(outcome.receipt().complaintId()).orElse("");
		return "redirect:/pengaduan/" + outcome.receipt().trackingNumber() + "?terkirim&kunci=" + token;
	}

	// --- one report ----------------------------------------------------------------------------------------------

	@GetMapping("/{number}")
	String detail(@PathVariable String number, @RequestParam(required = false) String kunci, Model model,
			HttpSession session) {
		Dossier dossier = repository.dossierByNumber(number).orElseThrow(NotFound::new);
		Complaint c = dossier.complaint();
		boolean owner = ownsByToken(c, kunci);
		if (c.rahasia && !owner) {
			throw new NotFound();
		}
		model.addAttribute("view", views.of(dossier, owner ? Views.Audience.REPORTER : Views.Audience.PUBLIC));
		model.addAttribute("actionBase", "/pengaduan/" + c.trackingNumber);
		model.addAttribute("kunci", owner ? kunci : null);
		model.addAttribute("supported", repository.supports(c.id, supporter(session)));
		return "pengaduan/status";
	}

	@PostMapping("/{number}/dukung")
	String support(@PathVariable String number, HttpSession session, RedirectAttributes flash) {
		handling.support(number, supporter(session));
		flash.addFlashAttribute("pengaduanOk", "pengaduan.support.thanks");
		return "redirect:/pengaduan/" + number;
	}

	@PostMapping("/{number}/balas")
	String reply(@PathVariable String number, @RequestParam(defaultValue = "") String kunci,
			@RequestParam(defaultValue = "") String text, HttpSession session, ActionReply reply) {
		Complaint c = guestOwned(number, kunci);
		return reply.after(() -> handling.reply(c.id, text, guest(c)), back(c, kunci),
				model -> detail(number, kunci, model, session));
	}

	@PostMapping("/{number}/nilai")
	String rate(@PathVariable String number, @RequestParam(defaultValue = "") String kunci,
			@RequestParam(defaultValue = "0") int rating, @RequestParam(defaultValue = "") String comment,
			HttpSession session, ActionReply reply) {
		Complaint c = guestOwned(number, kunci);
		return reply.after(() -> handling.rate(c.id, rating, comment, guest(c)), back(c, kunci),
				model -> detail(number, kunci, model, session));
	}

	@PostMapping("/{number}/buka-kembali")
	String reopen(@PathVariable String number, @RequestParam(defaultValue = "") String kunci,
			@RequestParam(defaultValue = "") String reason, HttpSession session, ActionReply reply) {
		Complaint c = guestOwned(number, kunci);
		return reply.after(() -> handling.reopen(c.id, reason, guest(c)), back(c, kunci),
				model -> detail(number, kunci, model, session));
	}

	@GetMapping("/{number}/berkas/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String number, @PathVariable UUID fileId,
			@RequestParam(required = false) String kunci) {
		Complaint c = repository.findByNumber(number).orElseThrow(NotFound::new);
		if (c.rahasia && !ownsByToken(c, kunci)) {
			throw new NotFound();
		}
		Attachment file = repository.attachments(c.id).stream()
			.filter(a -> a.fileId().equals(fileId))
			.filter(a -> a.image() || ownsByToken(c, kunci))
			.findFirst()
			.orElseThrow(NotFound::new);
		return Outcomes.inline(file, photos.content(fileId));
	}

	private Complaint guestOwned(String number, String kunci) {
		Complaint c = repository.findByNumber(number).orElseThrow(NotFound::new);
		if (!ownsByToken(c, kunci)) {
			throw new NotFound();
		}
		return c;
	}

	private boolean ownsByToken(Complaint c, String kunci) {
		if (kunci == null || kunci.isBlank()) {
			return false;
		}
		String token = repository.reporterToken(c.id).orElse(null);
		return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
				kunci.strip().getBytes(StandardCharsets.UTF_8));
	}

	private static Actor guest(Complaint c) {
		return Actor.citizen("tamu-" + c.trackingNumber);
	}

	private static String back(Complaint c, String kunci) {
		return "/pengaduan/" + c.trackingNumber + "?kunci=" + kunci;
	}

	/** One support per citizen account, otherwise per browser session. */
	private String supporter(HttpSession session) {
		return currentUsers.current()
			.filter(u -> u.isCitizen())
			.map(u -> "akun:" + u.accountId())
			.orElseGet(() -> "sesi:" + session.getId());
	}

	private static void append(StringBuilder query, String name, Object value) {
		if (value != null) {
			query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
				.append(java.net.URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
