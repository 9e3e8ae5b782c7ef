package no.samtale.analytics.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;

/**
 * The employees' side of a survey meant for them: the form to answer (any logged-in employee, or only those of the
 * survey's units). The answer goes to {@code POST /api/v1/surveys/{id}/responses}, which checks the same.
 */
@RestController
class EmployeeSurveyController {

	record EmployeeSurveyForm(long id, String title, boolean open, List<SurveyViews.QuestionView> questions) {
	}

	private final SurveyStore store;

	private final SurveyUnits units;

	EmployeeSurveyController(SurveyStore store, SurveyUnits units) {
		this.store = store;
		this.units = units;
	}

	@GetMapping("/api/v1/surveys/{id}/form")
	EmployeeSurveyForm form(@PathVariable long id, CurrentUser user) {
		SurveyStore.Survey survey = store.get(id);
		if (survey.audience() != SurveyStore.Audience.EMPLOYEES || survey.token() == null) {
			throw new NotFoundException("Survey", id);
		}
		units.mayAnswer(id, user);
		return new EmployeeSurveyForm(id, survey.title(), survey.takesAnswers(Instant.now()),
				survey.questions().stream().map(SurveyViews::view).toList());
	}

}
