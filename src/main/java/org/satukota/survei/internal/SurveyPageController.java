package org.satukota.survei.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.PolicyViolation;
import org.satukota.survei.internal.AnswerForm.Parsed;
import org.satukota.survei.internal.QuestionSets.QuestionSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The survey page an invitation links to: answered once, without logging in (the token is the key). */
@Controller
class SurveyPageController {

	private final JdbcSurveyInvitations invitations;

	private final QuestionSets questionSets;

	private final Responses responses;

	private final Units units;

	SurveyPageController(JdbcSurveyInvitations invitations, QuestionSets questionSets, Responses responses,
			Units units) {
		this.invitations = invitations;
		this.questionSets = questionSets;
		this.responses = responses;
		this.units = units;
	}

	@GetMapping("/ikm/isi/{token}")
	String show(@PathVariable String token, Model model) {
		JdbcSurveyInvitations.Invitation invitation = invitations.byToken(token)
			.orElseThrow(Responses.NotFound::new);
		if (invitation.answered()) {
			return done(model, invitation, false);
		}
		return form(model, invitation, questionSets.current(), Map.of(), Map.of());
	}

	@PostMapping("/ikm/isi/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response) {
		JdbcSurveyInvitations.Invitation invitation = invitations.byToken(token)
			.orElseThrow(Responses.NotFound::new);
		if (invitation.answered()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return done(model, invitation, false);
		}
		QuestionSet set = SurveyForms.answeredSet(questionSets, params);
		Parsed parsed = AnswerForm.parse(set, params);
		if (!parsed.valid()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, invitation, set, parsed.values(), parsed.problems());
		}
		try {
			responses.answerInvitation(token, parsed);
		}
		catch (PolicyViolation alreadyAnswered) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return done(model, invitation, false);
		}
		return done(model, invitation, true);
	}

	@ExceptionHandler(Responses.NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	private String form(Model model, JdbcSurveyInvitations.Invitation invitation, QuestionSet set,
			Map<String, String> values, Map<String, String> problems) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("unitName", units.find(invitation.unitId()).map(UnitView::name).orElse(""));
		SurveyForms.addForm(model, set, values, problems);
		return "survei/isi";
	}

	private String done(Model model, JdbcSurveyInvitations.Invitation invitation, boolean justAnswered) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("justAnswered", justAnswered);
		return "survei/selesai";
	}
}
