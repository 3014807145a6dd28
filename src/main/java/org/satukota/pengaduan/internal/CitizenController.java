package org.satukota.pengaduan.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.CurrentUser;
import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.pengaduan.internal.Records.Dossier;
import org.satukota.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in citizen's reports: list, file a new one (prefilled), follow it, reply, rate, reopen. */
@Controller
@RequestMapping("/warga/pengaduan")
class CitizenController {

	private final Intake intake;

	private final Handling handling;

	private final ComplaintRepository repository;

	private final Views views;

	private final FormSupport forms;

	private final Access access;

	private final Accounts accounts;

	private final Photos photos;

	CitizenController(Intake intake, Handling handling, ComplaintRepository repository, Views views,
			FormSupport forms, Access access, Accounts accounts, Photos photos) {
		this.intake = intake;
		this.handling = handling;
		this.repository = repository;
		this.views = views;
		this.forms = forms;
		this.access = access;
		this.accounts = accounts;
		this.photos = photos;
	}

	@GetMapping
	String list(Model model) {
		CurrentUser user = access.user();
		model.addAttribute("complaints", repository.ofReporter(user.accountId(), 200));
		return "pengaduan/warga-daftar";
	}

	@GetMapping("/baru")
	String newForm(Model model) {
		CurrentUser user = access.user();
		AccountView account = accounts.find(user.accountId()).orElseThrow();
		// The key is made when the form is shown: submitting this page twice files one report.
		return forms.form(model, SubmissionForm.blank(UUID.randomUUID().toString(), account.fullName(), account.email(),
				account.phone()), Map.of(), "/warga/pengaduan/baru", false);
	}

	@PostMapping("/baru")
	String submit(HttpServletRequest request, Model model, HttpServletResponse response, ActionReply reply) {
		CurrentUser user = access.user();
		if (!user.isCitizen()) {
			throw new NotFound();
		}
		AccountView account = accounts.find(user.accountId()).orElseThrow();
		SubmissionForm form = SubmissionForm.read(request);
		SubmissionForm withIdentity = new SubmissionForm(form.idempotencyKey(), form.kind(), form.category(),
				form.title(), form.description(), form.latitude(), form.longitude(), form.kelurahan(), form.address(),
				form.anonim(), form.rahasia(), account.fullName(), account.email(), account.phone());
		Map<String, Problem> problems = withIdentity.parseProblems();
		var submission = withIdentity.toSubmission("web", user.accountId());
		var uploads = SubmissionForm.uploads(request);
		Intake.Outcome outcome = problems.isEmpty() ? intake.file(submission, uploads, java.util.List.of(), true)
				: new Intake.Outcome(null, SubmissionForm.merge(problems, intake.validate(submission, uploads, true)));
		if (!outcome.succeeded()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return forms.form(model, withIdentity, outcome.problems(), "/warga/pengaduan/baru", false);
		}
		String number = outcome.receipt().trackingNumber();
		return reply.filed("/warga/pengaduan/" + number + "?terkirim", page -> {
			page.addAttribute("justFiled", true);
			return detail(number, page);
		});
	}

	@GetMapping("/{number}")
	String detail(@PathVariable String number, Model model) {
		Dossier dossier = repository.dossierByNumber(number).orElseThrow(NotFound::new);
		Complaint c = dossier.complaint();
		access.owner(c);
		model.addAttribute("view", views.of(dossier, Views.Audience.REPORTER));
		model.addAttribute("actionBase", "/warga/pengaduan/" + c.trackingNumber);
		model.addAttribute("kunci", null);
		return "pengaduan/status";
	}

	@PostMapping("/{number}/balas")
	String reply(@PathVariable String number, @RequestParam(defaultValue = "") String text, ActionReply reply) {
		Complaint c = own(number);
		return reply.after(() -> handling.reply(c.id, text, access.owner(c)), "/warga/pengaduan/" + number,
				model -> detail(number, model));
	}

	@PostMapping("/{number}/nilai")
	String rate(@PathVariable String number, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(defaultValue = "") String comment, ActionReply reply) {
		Complaint c = own(number);
		return reply.after(() -> handling.rate(c.id, rating, comment, access.owner(c)), "/warga/pengaduan/" + number,
				model -> detail(number, model));
	}

	@PostMapping("/{number}/buka-kembali")
	String reopen(@PathVariable String number, @RequestParam(defaultValue = "") String reason,
			ActionReply reply) {
		Complaint c = own(number);
		return reply.after(() -> handling.reopen(c.id, reason, access.owner(c)), "/warga/pengaduan/" + number,
				model -> detail(number, model));
	}

	@GetMapping("/{number}/berkas/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String number, @PathVariable UUID fileId) {
		Complaint c = own(number);
		Attachment file = repository.attachments(c.id).stream().filter(a -> a.fileId().equals(fileId)).findFirst()
			.orElseThrow(NotFound::new);
		return Outcomes.inline(file, photos.content(fileId));
	}

	private Complaint own(String number) {
		Complaint c = repository.findByNumber(number).orElseThrow(NotFound::new);
		Actor ignored = access.owner(c);
		return c;
	}
}
