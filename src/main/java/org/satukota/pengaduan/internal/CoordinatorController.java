package org.satukota.pengaduan.internal;

import java.util.List;
import java.util.UUID;

import org.satukota.account.Role;
import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.pengaduan.internal.Records.Dossier;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's queue and verify page (role ADMIN_PENGADUAN): every report, rahasia included. */
@Controller
@RequestMapping("/staf/pengaduan")
class CoordinatorController {

	private final StaffQueries queries;

	private final ComplaintRepository repository;

	private final Handling handling;

	private final Views views;

	private final FormSupport forms;

	private final RoutingAdvice routing;

	private final Access access;

	private final Photos photos;

	CoordinatorController(StaffQueries queries, ComplaintRepository repository, Handling handling, Views views,
			FormSupport forms, RoutingAdvice routing, Access access, Photos photos) {
		this.queries = queries;
		this.repository = repository;
		this.handling = handling;
		this.views = views;
		this.forms = forms;
		this.routing = routing;
		this.access = access;
		this.photos = photos;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "baru") String tab, @RequestParam(required = false) String kategori,
			@RequestParam(required = false) String kelurahan, @RequestParam(required = false) String status,
			Model model) {
		requireCoordinator();
		Long kel = SubmissionForm.longNumber(kelurahan);
		model.addAttribute("tab", tab);
		model.addAttribute("rows", queries.coordinatorQueue(tab, kategori, kel, status));
		model.addAttribute("counts", queries.coordinatorCounts());
		model.addAttribute("groups", forms.groups());
		model.addAttribute("kelurahans", views.kelurahans());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("kategori", kategori);
		model.addAttribute("kelurahan", kel);
		model.addAttribute("status", status);
		return "pengaduan/staf-antrean";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		requireCoordinator();
		Dossier dossier = repository.dossier(id).orElseThrow(NotFound::new);
		Complaint c = dossier.complaint();
		model.addAttribute("view", views.of(dossier, Views.Audience.COORDINATOR));
		model.addAttribute("opds", views.opds());
		if (c.status == Status.DITERIMA) {
			model.addAttribute("categoryDefault", routing.categoryDefault(c).orElse(null));
			model.addAttribute("suggestion", routing.classifierSuggestion(c).orElse(null));
			model.addAttribute("duplicates", routing.duplicates(c));
		}
		else {
			model.addAttribute("categoryDefault", null);
			model.addAttribute("suggestion", null);
			model.addAttribute("duplicates", List.of());
		}
		return "pengaduan/staf-detail";
	}

	@PostMapping("/{id}/disposisi")
	String dispose(@PathVariable UUID id, @RequestParam(name = "opd", required = false) List<Long> opds,
			@RequestParam(defaultValue = "") String note, ActionReply reply) {
		return reply.after(() -> handling.dispose(id, opds, note, access.coordinator()),
				page(id), model -> detail(id, model));
	}

	@PostMapping("/{id}/tunda")
	String hold(@PathVariable UUID id, @RequestParam(defaultValue = "") String question, ActionReply reply) {
		return reply.after(() -> handling.hold(id, question, access.coordinator()),
				page(id), model -> detail(id, model));
	}

	@PostMapping("/{id}/bukan-wewenang")
	String notCompetent(@PathVariable UUID id, @RequestParam(defaultValue = "") String referral,
			ActionReply reply) {
		return reply.after(() -> handling.notCompetent(id, referral, access.coordinator()),
				page(id), model -> detail(id, model));
	}

	@PostMapping("/{id}/duplikat")
	String duplicate(@PathVariable UUID id, @RequestParam(defaultValue = "") String original,
			ActionReply reply) {
		return reply.after(() -> handling.markDuplicate(id, original, access.coordinator()),
				page(id), model -> detail(id, model));
	}

	@PostMapping("/{id}/arsip")
	String archive(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, ActionReply reply) {
		return reply.after(() -> handling.archive(id, reason, access.coordinator()),
				page(id), model -> detail(id, model));
	}

	@PostMapping("/{id}/privasi")
	String privacy(@PathVariable UUID id, @RequestParam(required = false) String anonim,
			@RequestParam(required = false) String rahasia, ActionReply reply) {
		return reply.after(() -> handling.setPrivacy(id, anonim != null, rahasia != null, access.coordinator()),
				page(id), model -> detail(id, model));
	}

	@GetMapping("/{id}/berkas/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		requireCoordinator();
		Attachment file = repository.attachments(id).stream().filter(a -> a.fileId().equals(fileId)).findFirst()
			.orElseThrow(NotFound::new);
		return Outcomes.inline(file, photos.content(fileId));
	}

	private void requireCoordinator() {
		if (!access.isCoordinator()) {
			throw new AccessDeniedException("coordinators only");
		}
	}

	private static String page(UUID id) {
		return "/staf/pengaduan/" + id;
	}

	static Role role() {
		return Role.ADMIN_PENGADUAN;
	}
}
