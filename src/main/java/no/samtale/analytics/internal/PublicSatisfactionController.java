package no.samtale.analytics.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the citizen's page finds the satisfaction questions of an account (no login): the survey's token and the
 * questions' ids in order; the answer goes to {@code POST /api/v1/public/surveys/{token}/responses} like any
 * public survey's.
 */
@RestController
class PublicSatisfactionController {

	record SatisfactionForm(String token, long helpedQuestionId, long satisfiedQuestionId) {
	}

	private final Satisfaction satisfaction;

	PublicSatisfactionController(Satisfaction satisfaction) {
		this.satisfaction = satisfaction;
	}

	@GetMapping("/api/v1/public/satisfaction/{accountId}")
	SatisfactionForm form(@PathVariable long accountId, @RequestParam(required = false) String moment) {
		SurveyStore.Survey survey = satisfaction.survey(accountId, Satisfaction.moment(moment));
		List<SurveyStore.Question> questions = survey.questions();
		return new SatisfactionForm(survey.token(), questions.get(0).id(), questions.get(1).id());
	}

}
