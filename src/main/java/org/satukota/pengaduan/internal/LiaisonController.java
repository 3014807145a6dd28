package org.satukota.pengaduan.internal;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.pengaduan.internal.Records.Disposition;
import org.satukota.pengaduan.internal.Records.Dossier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The OPD liaison's inbox (role ADMIN_PENGHUBUNG_OPD): only reports disposed to an OPD (or unit) their grant
 * covers; any other report is a 404, by list and by id alike.
 */
@Controller
@RequestMapping("/staf/pengaduan/opd")
class LiaisonController {

	private final StaffQueries queries;

	private final ComplaintRepository repository;

	private final Handling handling;

	private final Views views;

	private final FormSupport forms;

	private final Access access;

	private final Photos photos;

	LiaisonController(StaffQueries queries, ComplaintRepository repository, Handling handling, Views views,
			FormSupport forms, Access access, Photos photos) {
		this.queries = queries;
		this.repository = repository;
		this.handling = handling;
		this.views = views;
		this.forms = forms;
		this.access = access;
		this.photos = photos;
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "aktif") String tab, @RequestParam(required = false) String kategori,
			@RequestParam(required = false) String status, Model model) {
		Set<Long> units = access.liaisonUnits();
		model.addAttribute("tab", tab);
		model.addAttribute("rows", queries.liaisonInbox(units, tab, kategori, status));
		model.addAttribute("counts", queries.liaisonCounts(units));
		model.addAttribute("groups", forms.groups());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("kategori", kategori);
		model.addAttribute("status", status);
		return "pengaduan/opd-kotak";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Dossier dossier = repository.dossier(id).orElseThrow(NotFound::new);
		Disposition mine = access.liaisonDisposition(dossier.dispositions()).orElseThrow(NotFound::new);
		model.addAttribute("view", views.of(dossier, Views.Audience.OPD));
		model.addAttribute("mine", mine);
		model.addAttribute("subunits", views.unitsBelow(mine.opdId()));
		return "pengaduan/opd-detail";
	}

	@PostMapping("/{id}/terima")
	String accept(@PathVariable UUID id, ActionReply reply) {
		Disposition d = mine(id);
		return reply.after(() -> handling.accept(id, d.opdId(), access.liaisonActor(d)), page(id),
				model -> detail(id, model));
	}

	@PostMapping("/{id}/progres")
	String progress(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, HttpServletRequest request,
			ActionReply reply) {
		Disposition d = mine(id);
		return reply.after(() -> handling.progress(id, d.opdId(), note,
				SubmissionForm.uploads(request), access.liaisonActor(d)), page(id),
				model -> detail(id, model));
	}

	@PostMapping("/{id}/teruskan")
	String forward(@PathVariable UUID id, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String note,
			ActionReply reply) {
		Disposition d = mine(id);
		return reply.after(() -> handling.forward(id, d.opdId(), SubmissionForm.longNumber(unit),
				username, note, access.liaisonActor(d)), page(id),
				model -> detail(id, model));
	}

	@PostMapping("/{id}/kembalikan")
	String handBack(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
		Disposition d = mine(id);
		return Outcomes.run(flash, "/staf/pengaduan/opd",
				() -> handling.handBack(id, d.opdId(), reason, access.liaisonActor(d)));
	}

	@PostMapping("/{id}/jawab")
	String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String answer, HttpServletRequest request,
			ActionReply reply) {
		Disposition d = mine(id);
		return reply.after(() -> handling.answer(id, d.opdId(), answer,
				SubmissionForm.uploads(request), access.liaisonActor(d)), page(id),
				model -> detail(id, model));
	}

	@GetMapping("/{id}/berkas/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		mine(id);
		Attachment file = repository.attachments(id).stream().filter(a -> a.fileId().equals(fileId)).findFirst()
			.orElseThrow(NotFound::new);
		return Outcomes.inline(file, photos.content(fileId));
	}

	private Disposition mine(UUID id) {
		return access.liaisonDisposition(repository.dispositions(id)).orElseThrow(NotFound::new);
	}

	private static String page(UUID id) {
		return "/staf/pengaduan/opd/" + id;
	}
}
