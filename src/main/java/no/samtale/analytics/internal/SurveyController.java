package no.samtale.analytics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;

/**
 * Surveys for those who run them (analysts, editors, leaders, admins): build, publish, close, read results; and
 * the employees' own answering of a survey meant for them (logged in, yet stored with no identity).
 */
@RestController
class SurveyController {

	record NewSurvey(@Nullable String title, @Nullable String audience, @Nullable Boolean oneAnswerPerBrowser,
			@Nullable Instant closesAt, @Nullable List<Surveys.QuestionInput> questions, @Nullable List<Long> unitIds) {
	}

	record NewResponse(@Nullable List<Surveys.AnswerInput> answers) {
	}

	static final int MAX_TEXTS = 200;

	private final Surveys surveys;

	private final SurveyStore store;

	private final AccessLog accessLog;

	private final SurveyUnits units;

	SurveyController(Surveys surveys, SurveyStore store, AccessLog accessLog, SurveyUnits units) {
		this.surveys = surveys;
		this.store = store;
		this.accessLog = accessLog;
		this.units = units;
	}

	@GetMapping("/api/v1/surveys")
	List<SurveyViews.SurveySummary> list(CurrentUser user) {
		runs(user);
		return store.all()
			.stream()
			.map(s -> new SurveyViews.SurveySummary(s.id(), s.title(), s.audience(), s.state(), store.responses(s.id())))
			.toList();
	}

	@PostMapping("/api/v1/surveys")
	@org.springframework.transaction.annotation.Transactional
	@ResponseStatus(HttpStatus.CREATED)
	SurveyViews.Created create(@RequestBody NewSurvey request, CurrentUser user) {
		runs(user);
		List<Long> chosen = units.validate(request.audience(), request.unitIds());
		long id = surveys.create(request.title(), request.audience(), Boolean.TRUE.equals(request.oneAnswerPerBrowser()),
				request.closesAt(), user.id(), request.questions());
		units.set(id, chosen);
		return new SurveyViews.Created(id);
	}

	@GetMapping("/api/v1/surveys/templates")
	List<SurveyTemplates.Template> templates(CurrentUser user) {
		runs(user);
		return SurveyTemplates.ALL;
	}

	@GetMapping("/api/v1/surveys/{id}")
	SurveyViews.SurveyView get(@PathVariable long id, CurrentUser user) {
		runs(user);
		return view(store.get(id));
	}

	@PostMapping("/api/v1/surveys/{id}/publish")
	SurveyViews.Published publish(@PathVariable long id, CurrentUser user) {
		runs(user);
		String token = store.publish(id);
		return new SurveyViews.Published(token, url(store.get(id)));
	}

	@PostMapping("/api/v1/surveys/{id}/close")
	SurveyViews.SurveyView close(@PathVariable long id, CurrentUser user) {
		runs(user);
		store.get(id);
		store.close(id);
		return view(store.get(id));
	}

	@GetMapping("/api/v1/surveys/{id}/results")
	SurveyViews.ResultsView results(@PathVariable long id, CurrentUser user) {
		runs(user);
		return resultsOf(id);
	}

	/** The results' counts as CSV or XLSX: one row per question and option; free texts are not exported. */
	@GetMapping(value = "/api/v1/surveys/{id}/results/export", produces = { "text/csv", Exports.XLSX })
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String format,
			CurrentUser user) {
		runs(user);
		String kind = format == null || format.isBlank() ? "csv" : format;
		if (!List.of("csv", "xlsx").contains(kind)) {
			throw new InvalidInputException("format", "csv or xlsx");
		}
		SurveyViews.ResultsView results = resultsOf(id);
		List<List<Object>> rows = new ArrayList<>();
		for (SurveyViews.QuestionResult question : results.questions()) {
			for (SurveyViews.OptionCount count : question.counts()) {
				rows.add(List.of(question.id(), question.text(), count.option(), count.count()));
			}
		}
		accessLog.record(user, AccessAction.EXPORT, "analytics-survey-results", String.valueOf(id),
				"Survey results export (" + kind + ")");
		List<String> header = List.of("questionId", "question", "option", "count");
		String file = "samtale-survey-" + id + "." + kind;
		byte[] body = kind.equals("csv") ? Exports.csv(header, rows) : Exports.xlsx("results", header, rows);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.contentType(MediaType.parseMediaType(kind.equals("csv") ? Exports.CSV : Exports.XLSX))
			.body(body);
	}

	private SurveyViews.ResultsView resultsOf(long id) {
		SurveyStore.Survey survey = store.get(id);
		Map<Long, Map<String, Integer>> counts = store.counts(id);
		Map<Long, Integer> answered = store.answered(id);
		return new SurveyViews.ResultsView(id, survey.title(), store.responses(id), survey.questions()
			.stream()
			.map(q -> SurveyViews.result(q, counts.getOrDefault(q.id(), Map.of()), answered.getOrDefault(q.id(), 0),
					q.kind() == QuestionKind.FREE_TEXT ? store.texts(q.id(), MAX_TEXTS) : List.of()))
			.toList());
	}

	/** An employee answers a survey meant for employees; the response keeps no trace of who. */
	@PostMapping("/api/v1/surveys/{id}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	SurveyViews.Received respond(@PathVariable long id, @RequestBody NewResponse request, CurrentUser user) {
		SurveyStore.Survey survey = store.get(id);
		if (survey.audience() != SurveyStore.Audience.EMPLOYEES || survey.token() == null) {
			throw new NotFoundException("Survey", id);
		}
		units.mayAnswer(id, user);
		surveys.respond(survey, request.answers(), null);
		return new SurveyViews.Received(true);
	}

	private SurveyViews.SurveyView view(SurveyStore.Survey survey) {
		return new SurveyViews.SurveyView(survey.id(), survey.title(), survey.audience(), survey.state(),
				survey.oneAnswerPerBrowser(), true, survey.closesAt(), survey.token(),
				survey.token() == null ? null : url(survey), store.responses(survey.id()),
				survey.questions().stream().map(SurveyViews::view).toList(), units.of(survey.id()));
	}

	private static String url(SurveyStore.Survey survey) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return survey.audience() == SurveyStore.Audience.PUBLIC ? base + "/undersokelse/" + survey.token()
				: base + "/analyse/undersokelser/" + survey.id() + "/svar";
	}

	static void runs(CurrentUser user) {
		if (!(user.hasRole(Role.ANALYST) || user.hasRole(Role.ADMIN) || user.hasRole(Role.EDITOR)
				|| user.hasRole(Role.LEADER))) {
			throw new ForbiddenException("Only analysts, editors, leaders and admins run surveys");
		}
	}

}
