package org.satukota.survei.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.satukota.survei.internal.QuestionSets.Element;
import org.satukota.survei.internal.QuestionSets.QuestionSet;

/**
 * Reads a filled-in survey from the request parameters ({@code unsur-<position>} = 1..4 and the optional profile
 * fields) and lists every problem per field, so that nothing is saved unless the whole survey is valid.
 */
final class AnswerForm {

	/** The answers by element position, the profile, and the message code per field that is wrong. */
	record Parsed(long questionSetId, Map<Integer, Integer> answers, Respondent respondent, Map<String, String> values,
			Map<String, String> problems) {

		boolean valid() {
			return problems.isEmpty();
		}
	}

	private AnswerForm() {
	}

	static Parsed parse(QuestionSet set, Map<String, String> params) {
		Map<Integer, Integer> answers = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		Map<String, String> values = new LinkedHashMap<>();
		for (Element element : set.elements()) {
			String name = "unsur-" + element.position();
			String raw = params.getOrDefault(name, "").strip();
			values.put(name, raw);
			if (raw.matches("[1-4]")) {
				answers.put(element.position(), Integer.parseInt(raw));
			}
			else {
				problems.put(name, "survei.isi.wajib-dijawab");
			}
		}
		String[] profile = new String[Respondent.FIELDS.size()];
		for (int i = 0; i < profile.length; i++) {
			String field = Respondent.FIELDS.get(i);
			String raw = params.getOrDefault(field, "").strip();
			values.put(field, raw);
			if (raw.isEmpty()) {
				continue;
			}
			if (Respondent.CHOICES.get(field).contains(raw)) {
				profile[i] = raw;
			}
			else {
				problems.put(field, "survei.isi.pilihan-tidak-dikenal");
			}
		}
		return new Parsed(set.id(), answers, new Respondent(profile[0], profile[1], profile[2], profile[3]), values,
				problems);
	}
}
