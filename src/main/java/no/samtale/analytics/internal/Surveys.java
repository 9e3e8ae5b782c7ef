package no.samtale.analytics.internal;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RandomTokens;
import no.samtale.platform.RefusedContentException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * The survey commands, each one transaction: a survey is built whole or not at all, and a response is stored whole
 * (every answer checked first) or not at all.
 */
@Service
class Surveys {

	static final int MAX_QUESTIONS = 50;

	static final int MAX_OPTIONS = 20;

	record AnswerInput(@Nullable Long questionId, @Nullable JsonNode value) {
	}

	record QuestionInput(@Nullable String kind, @Nullable String text, @Nullable List<String> options) {
	}

	private final SurveyStore store;

	private final PersonalDataPolicy privacy;

	Surveys(SurveyStore store, PersonalDataPolicy privacy) {
		this.store = store;
		this.privacy = privacy;
	}

	@Transactional
	long create(String title, String audience, boolean oneAnswerPerBrowser, Instant closesAt, long userId,
			List<QuestionInput> questions) {
		String cleanTitle = text("title", title, 200);
		SurveyStore.Audience who = audience == null ? SurveyStore.Audience.PUBLIC : audience(audience);
		if (questions == null || questions.isEmpty()) {
			throw new InvalidInputException("questions", "A survey needs at least one question");
		}
		if (questions.size() > MAX_QUESTIONS) {
			throw new InvalidInputException("questions", "At most " + MAX_QUESTIONS + " questions");
		}
		if (closesAt != null && !closesAt.isAfter(Instant.now())) {
			throw new InvalidInputException("closesAt", "The closing time must be in the future");
		}
		List<SurveyStore.NewQuestion> checked = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			checked.add(question(questions.get(i), "questions[" + i + "]"));
		}
		refuseIdentityNumber("title", cleanTitle);
		for (int i = 0; i < checked.size(); i++) {
			refuseIdentityNumber("questions[" + i + "].text", checked.get(i).text());
			List<String> options = checked.get(i).options();
			for (int o = 0; o < options.size(); o++) {
				refuseIdentityNumber("questions[" + i + "].options[" + o + "]", options.get(o));
			}
		}
		return store.create(cleanTitle, who, oneAnswerPerBrowser, closesAt, userId, checked);
	}

	/** Stores an anonymous response; {@code nonce} is required where the survey takes one answer per browser. */
	@Transactional
	long respond(SurveyStore.Survey survey, List<AnswerInput> answers, @Nullable String nonce) {
		if (!survey.takesAnswers(Instant.now())) {
			throw new RuleViolationException("survey-closed", "survey", "The survey is closed");
		}
		if (answers == null || answers.isEmpty()) {
			throw new InvalidInputException("answers", "Answer at least one question");
		}
		List<Map.Entry<Long, String>> values = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < answers.size(); i++) {
			AnswerInput answer = answers.get(i);
			String field = "answers[" + i + "]";
			if (answer == null || answer.questionId() == null) {
				throw new InvalidInputException(field + ".questionId", "Which question this answers");
			}
			SurveyStore.Question question = survey.questions()
				.stream()
				.filter(q -> q.id() == answer.questionId())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException(field + ".questionId", "No such question in this survey"));
			if (!seen.add(question.id())) {
				throw new InvalidInputException(field + ".questionId", "Each question is answered once");
			}
			AnswerRules.values(question, answer.value(), field + ".value")
				.forEach(value -> values.add(new AbstractMap.SimpleEntry<>(question.id(), value)));
		}
		if (survey.oneAnswerPerBrowser()) {
			if (nonce == null || nonce.isBlank()) {
				throw new InvalidInputException("nonce", "This survey takes one answer per browser: fetch the form first");
			}
			if (!store.useNonce(survey.id(), nonce)) {
				throw new RuleViolationException("survey-answered", "nonce", "This form was answered already");
			}
		}
		return store.respond(survey.id(), Oslo.today(), values);
	}

	@Transactional
	String issueNonce(SurveyStore.Survey survey) {
		String nonce = RandomTokens.generate();
		store.issueNonce(survey.id(), nonce);
		return nonce;
	}

	private static SurveyStore.NewQuestion question(QuestionInput input, String field) {
		if (input == null) {
			throw new InvalidInputException(field, "A question");
		}
		QuestionKind kind;
		try {
			kind = QuestionKind.valueOf(input.kind() == null ? "" : input.kind());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field + ".kind",
					"One of YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE_1_5, NPS, FREE_TEXT");
		}
		String text = text(field + ".text", input.text(), 500);
		List<String> options = input.options() == null ? List.of() : input.options();
		if (!kind.hasOptions()) {
			if (!options.isEmpty()) {
				throw new InvalidInputException(field + ".options", "Only choice questions have options");
			}
			return new SurveyStore.NewQuestion(kind, text, List.of());
		}
		if (options.size() < 2 || options.size() > MAX_OPTIONS) {
			throw new InvalidInputException(field + ".options", "From 2 to " + MAX_OPTIONS + " options");
		}
		List<String> clean = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			String option = text(field + ".options[" + i + "]", options.get(i), 200);
			if (option.contains(SurveyStore.OPTION_SEPARATOR) || option.contains("\r")) {
				throw new InvalidInputException(field + ".options[" + i + "]", "One line");
			}
			if (clean.contains(option)) {
				throw new InvalidInputException(field + ".options[" + i + "]", "Each option once");
			}
			clean.add(option);
		}
		return new SurveyStore.NewQuestion(kind, text, clean);
	}

	/** A public survey is read by anyone with the link, and its results by many: no identity number in its texts. */
	private void refuseIdentityNumber(String field, String text) {
		if (privacy.holdsIdentityNumber(text)) {
			throw new RefusedContentException("personal-data", field,
					"The text holds an identity number; everyone who answers or reads the results sees it. Remove it.");
		}
	}

	private static SurveyStore.Audience audience(String audience) {
		try {
			return SurveyStore.Audience.valueOf(audience);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("audience", "PUBLIC or EMPLOYEES");
		}
	}

	private static String text(String field, String value, int max) {
		String clean = value == null ? "" : value.strip();
		if (clean.isEmpty()) {
			// Bean Validation's names, so clients word them as they word a constraint ("Skriv en tittel.").
			throw new InvalidInputException(field, "NotBlank", "Required");
		}
		if (clean.length() > max) {
			throw new InvalidInputException(field, "Size", "At most " + max + " characters");
		}
		return clean;
	}

}
