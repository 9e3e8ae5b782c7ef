package no.samtale.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import tools.jackson.databind.JsonNode;

import no.samtale.platform.InvalidInputException;
import no.samtale.privacy.PersonalDataDetector;

/**
 * What an answer may be, per kind of question, as the values stored: "yes"/"no" (from true/false), an option's
 * text, a list of options, 1–5, 0–10, or a free text with personal data masked before it is stored (answers are
 * anonymous; an identity number typed into a comment box must not make them otherwise). A value outside the
 * question's options or scale is refused naming the answer's field.
 */
final class AnswerRules {

	static final int MAX_FREE_TEXT = 2000;

	private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();

	private AnswerRules() {
	}

	/** The stored values of one answer (several for a multiple choice; none for an empty free text). */
	static List<String> values(SurveyStore.Question question, JsonNode value, String field) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			throw new InvalidInputException(field, "An answer needs a value");
		}
		return switch (question.kind()) {
			case YES_NO -> List.of(yesNo(value, field));
			case SINGLE_CHOICE -> List.of(option(question, value, field));
			case MULTIPLE_CHOICE -> options(question, value, field);
			case SCALE_1_5 -> List.of(String.valueOf(whole(value, 1, 5, field)));
			case NPS -> List.of(String.valueOf(whole(value, 0, 10, field)));
			case FREE_TEXT -> freeText(value, field);
		};
	}

	private static String yesNo(JsonNode value, String field) {
		if (value.isBoolean()) {
			return value.asBoolean() ? "yes" : "no";
		}
		if (value.isString() && (value.asString().equals("yes") || value.asString().equals("no"))) {
			return value.asString();
		}
		throw new InvalidInputException(field, "Yes or no: true or false");
	}

	private static String option(SurveyStore.Question question, JsonNode value, String field) {
		if (!value.isString() || !question.options().contains(value.asString())) {
			throw new InvalidInputException(field, "One of the question's options");
		}
		return value.asString();
	}

	private static List<String> options(SurveyStore.Question question, JsonNode value, String field) {
		if (!value.isArray() || value.isEmpty()) {
			throw new InvalidInputException(field, "A list of one or more of the question's options");
		}
		LinkedHashSet<String> chosen = new LinkedHashSet<>();
		for (int i = 0; i < value.size(); i++) {
			chosen.add(option(question, value.get(i), field + "[" + i + "]"));
		}
		return new ArrayList<>(chosen);
	}

	private static int whole(JsonNode value, int min, int max, String field) {
		// A number beyond an int (2^31 and up) is refused here, not thrown from the conversion as a 500.
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
			throw new InvalidInputException(field, "A whole number from " + min + " to " + max);
		}
		return value.asInt();
	}

	private static List<String> freeText(JsonNode value, String field) {
		if (!value.isString()) {
			throw new InvalidInputException(field, "A text");
		}
		String text = value.asString().strip();
		if (text.length() > MAX_FREE_TEXT) {
			throw new InvalidInputException(field, "At most " + MAX_FREE_TEXT + " characters");
		}
		return text.isEmpty() ? List.of() : List.of(DETECTOR.mask(text));
	}

}
