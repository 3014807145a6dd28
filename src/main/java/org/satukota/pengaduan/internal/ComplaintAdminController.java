package org.satukota.pengaduan.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages: the category tree editor and the routing suggestion's measured accuracy. */
@Controller
@RequestMapping("/admin/pengaduan")
class ComplaintAdminController {

	private final Categories categories;

	private final Views views;

	private final RoutingAdvice routing;

	ComplaintAdminController(Categories categories, Views views, RoutingAdvice routing) {
		this.categories = categories;
		this.views = views;
		this.routing = routing;
	}

	@GetMapping({ "", "/kategori" })
	String categories(Model model) {
		model.addAttribute("rows", categories.all());
		model.addAttribute("opds", views.opds());
		return "pengaduan/admin-kategori";
	}

	@PostMapping("/kategori")
	String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String parent,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String keywords, @RequestParam(defaultValue = "") String opd,
			@RequestParam(defaultValue = "") String related, @RequestParam(defaultValue = "100") int sortOrder,
			RedirectAttributes flash) {
		return Outcomes.run(flash, "/admin/pengaduan/kategori",
				() -> categories.create(code, parent, name, description, keywords, opd, related, sortOrder));
	}

	@PostMapping("/kategori/{code}")
	String update(@PathVariable String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String keywords,
			@RequestParam(defaultValue = "") String opd, @RequestParam(defaultValue = "") String related,
			@RequestParam(defaultValue = "100") int sortOrder, RedirectAttributes flash) {
		return Outcomes.run(flash, "/admin/pengaduan/kategori",
				() -> categories.update(code, name, description, keywords, opd, related, sortOrder));
	}

	@PostMapping("/kategori/{code}/pensiun")
	String retire(@PathVariable String code, RedirectAttributes flash) {
		return Outcomes.run(flash, "/admin/pengaduan/kategori", () -> categories.setActive(code, false));
	}

	@PostMapping("/kategori/{code}/aktifkan")
	String reactivate(@PathVariable String code, RedirectAttributes flash) {
		return Outcomes.run(flash, "/admin/pengaduan/kategori", () -> categories.setActive(code, true));
	}

	@GetMapping("/akurasi")
	String accuracy(Model model) {
		model.addAttribute("accuracy", routing.accuracy());
		model.addAttribute("trained", routing.trainedExamples());
		return "pengaduan/admin-akurasi";
	}
}
