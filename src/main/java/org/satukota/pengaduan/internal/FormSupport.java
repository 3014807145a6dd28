package org.satukota.pengaduan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the submission form (categories by group, kelurahan choices, problems). */
@Component
class FormSupport {

	/** A group of leaf categories for an {@code <optgroup>}. */
	record Group(String name, List<Categories.Row> leaves) {
	}

	private final Categories categories;

	private final Views views;

	FormSupport(Categories categories, Views views) {
		this.categories = categories;
		this.views = views;
	}

	List<Group> groups() {
		List<Categories.Row> all = categories.all();
		Map<String, Group> groups = new LinkedHashMap<>();
		for (Categories.Row row : all) {
			if (!row.leaf() && row.active()) {
				groups.put(row.code(), new Group(row.name(), new ArrayList<>()));
			}
		}
		for (Categories.Row row : categories.activeLeafRows()) {
			Group group = groups.get(row.parentCode());
			if (group != null) {
				group.leaves().add(row);
			}
		}
		return groups.values().stream().filter(g -> !g.leaves().isEmpty()).toList();
	}

	String form(Model model, SubmissionForm form, Map<String, Problem> problems, String action, boolean guest) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("groups", groups());
		model.addAttribute("kelurahans", views.kelurahans());
		model.addAttribute("formAction", action);
		model.addAttribute("guest", guest);
		model.addAttribute("maxFiles", Photos.MAX_FILES);
		return "pengaduan/form";
	}
}
