package org.satukota.survei.internal;

import java.util.Map;

import org.satukota.survei.internal.QuestionSets.QuestionSet;
import org.springframework.ui.Model;

/** What the survey and kiosk pages share: the question-set version shown and the model of the form. */
final class SurveyForms {

	private SurveyForms() {
	}

	/**
	 * The version the respondent was shown (hidden field {@code kuesioner}), so answers keep the version answered even
	 * when an administrator publishes a new one meanwhile; the current version when absent or unknown.
	 */
	static QuestionSet answeredSet(QuestionSets questionSets, Map<String, String> params) {
		String raw = params.getOrDefault("kuesioner", "");
		if (raw.matches("\\d{1,18}")) {
			return questionSets.find(Long.parseLong(raw)).orElseGet(questionSets::current);
		}
		return questionSets.current();
	}

	static void addForm(Model model, QuestionSet set, Map<String, String> values, Map<String, String> problems) {
		model.addAttribute("questionSet", set);
		model.addAttribute("values", values);
		model.addAttribute("problems", problems);
		model.addAttribute("profileFields", Respondent.FIELDS);
		model.addAttribute("profileChoices", Respondent.CHOICES);
	}
}
