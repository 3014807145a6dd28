package org.satukota.informasi.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /cari}: one search box for services, news, documents, agenda and datasets. */
@Controller
class SearchController {

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping("/cari")
	String search(@RequestParam(name = "q", required = false) String q, Model model) {
		String query = q == null ? "" : q.strip();
		if (query.length() > SiteSearch.MAX_QUERY) {
			query = query.substring(0, SiteSearch.MAX_QUERY);
		}
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			var groups = search.search(query);
			model.addAttribute("groups", groups);
			model.addAttribute("count", groups.stream().mapToInt(g -> g.hits().size()).sum());
		}
		return "informasi/cari";
	}
}
