package org.satukota.survei.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.satukota.survei.internal.QuestionSets.Element;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's editor of the question set. Saving publishes a new version and retires the current one;
 * rows left completely empty are dropped, so elements can be removed and (in the spare rows) added.
 */
@Controller
class QuestionSetController {

	static final int SPARE_ROWS = 2;

	private final QuestionSets questionSets;

	private final CurrentUsers currentUsers;

	private final Units units;

	QuestionSetController(QuestionSets questionSets, CurrentUsers currentUsers, Units units) {
		this.questionSets = questionSets;
		this.currentUsers = currentUsers;
		this.units = units;
	}

	/** One editable row of the form. */
	record Row(int index, String code, String name, String question, List<String> labels) {
	}

	@GetMapping("/staf/ikm/kuesioner")
	String edit(Model model) {
		admin();
		List<Row> rows = new ArrayList<>();
		int i = 0;
		for (Element e : questionSets.current().elements()) {
			rows.add(new Row(i++, e.code(), e.name(), e.question(), e.labels()));
		}
		for (int s = 0; s < SPARE_ROWS; s++) {
			rows.add(new Row(i++, "", "", "", List.of("", "", "", "")));
		}
		return page(model, rows, Map.of());
	}

	@PostMapping("/staf/ikm/kuesioner")
	String publish(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = admin();
		List<Row> rows = new ArrayList<>();
		List<Element> elements = new ArrayList<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (int i = 0; params.containsKey("kode-" + i); i++) {
			String code = params.getOrDefault("kode-" + i, "").strip().toLowerCase(java.util.Locale.ROOT);
			String name = params.getOrDefault("nama-" + i, "").strip();
			String question = params.getOrDefault("pertanyaan-" + i, "").strip();
			List<String> labels = new ArrayList<>();
			for (int v = 1; v <= 4; v++) {
				labels.add(params.getOrDefault("label-" + i + "-" + v, "").strip());
			}
			rows.add(new Row(i, code, name, question, labels));
			boolean empty = code.isEmpty() && name.isEmpty() && question.isEmpty()
					&& labels.stream().allMatch(String::isEmpty);
			if (empty) {
				continue;
			}
			if (!code.matches("[a-z0-9-]{2,40}")) {
				problems.put("kode-" + i, "survei.kuesioner.kode-salah");
			}
			if (name.isEmpty() || name.length() > 200) {
				problems.put("nama-" + i, "survei.kuesioner.wajib");
			}
			if (question.isEmpty() || question.length() > 500) {
				problems.put("pertanyaan-" + i, "survei.kuesioner.wajib");
			}
			for (int v = 1; v <= 4; v++) {
				String label = labels.get(v - 1);
				if (label.isEmpty() || label.length() > 100) {
					problems.put("label-" + i + "-" + v, "survei.kuesioner.wajib");
				}
			}
			elements.add(new Element(elements.size() + 1, code, name, question, labels));
		}
		if (elements.isEmpty()) {
			problems.put("form", "survei.unsur-kosong");
		}
		if (elements.stream().map(Element::code).distinct().count() != elements.size()) {
			problems.put("form", "survei.kode-unsur-ganda");
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, rows, problems);
		}
		try {
			QuestionSets.QuestionSet published = questionSets.publish(elements, actor);
			redirect.addFlashAttribute("publishedVersion", published.version());
		}
		catch (PolicyViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, rows, Map.of("form", violation.code()));
		}
		return "redirect:/staf/ikm/kuesioner";
	}

	private String page(Model model, List<Row> rows, Map<String, String> problems) {
		model.addAttribute("rows", rows);
		model.addAttribute("problems", problems);
		model.addAttribute("versions", questionSets.all());
		return "survei/kuesioner";
	}

	/** Only administrators edit the question set; others get 403. */
	private Actor admin() {
		return currentUsers.actorFor(Role.ADMIN, units.city().id());
	}
}
