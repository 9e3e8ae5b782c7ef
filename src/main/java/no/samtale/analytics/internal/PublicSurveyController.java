package no.samtale.analytics.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.platform.NotFoundException;

/**
 * A public survey as citizens answer it: no login, no cookie, no identity stored. Where the survey takes one
 * answer per browser, the form carries a one-time nonce that the answer must bring back.
 */
@RestController
class PublicSurveyController {

	record NewPublicResponse(@Nullable List<Surveys.AnswerInput> answers, @Nullable String nonce) {
	}

	private final Surveys surveys;

	private final SurveyStore store;

	PublicSurveyController(Surveys surveys, SurveyStore store) {
		this.surveys = surveys;
		this.store = store;
	}

	@GetMapping("/api/v1/public/surveys/{token}")
	SurveyViews.PublicSurveyView form(@PathVariable String token) {
		SurveyStore.Survey survey = published(token);
		boolean open = survey.takesAnswers(java.time.Instant.now());
		return new SurveyViews.PublicSurveyView(survey.title(), true, open, survey.closesAt(),
				survey.questions().stream().map(SurveyViews::view).toList(),
				open && survey.oneAnswerPerBrowser() ? surveys.issueNonce(survey) : null);
	}

	@PostMapping("/api/v1/public/surveys/{token}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	SurveyViews.Received respond(@PathVariable String token, @RequestBody NewPublicResponse request) {
		surveys.respond(published(token), request.answers(), request.nonce());
		return new SurveyViews.Received(true);
	}

	private SurveyStore.Survey published(String token) {
		return store.byToken(token)
			.filter(survey -> survey.audience() == SurveyStore.Audience.PUBLIC)
			.orElseThrow(() -> new NotFoundException("Survey", token));
	}

}
