package no.samtale.analytics.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the survey endpoints answer. */
final class SurveyViews {

	private SurveyViews() {
	}

	record QuestionView(long id, QuestionKind kind, String text, List<String> options) {
	}

	record SurveyView(long id, String title, SurveyStore.Audience audience, SurveyStore.State state,
			boolean oneAnswerPerBrowser, boolean anonymous, @Nullable Instant closesAt, @Nullable String token,
			@Nullable String url, int responses, List<QuestionView> questions, List<Long> unitIds) {
	}

	record SurveySummary(long id, String title, SurveyStore.Audience audience, SurveyStore.State state,
			int responses) {
	}

	/** The form a citizen answers: no ids of people, and a one-time {@code nonce} where one answer is allowed. */
	record PublicSurveyView(String title, boolean anonymous, boolean open, @Nullable Instant closesAt,
			List<QuestionView> questions, @Nullable String nonce) {
	}

	record OptionCount(String option, int count) {
	}

	/** Results of one question: counts per option (in the question's order), or masked texts for free text. */
	record QuestionResult(long id, QuestionKind kind, String text, int answered, List<OptionCount> counts,
			@Nullable Double average, @Nullable Integer npsScore, List<String> texts) {
	}

	record ResultsView(long surveyId, String title, int responses, List<QuestionResult> questions) {
	}

	record Created(long id) {
	}

	record Published(String token, String url) {
	}

	record Received(boolean received) {
	}

	static QuestionView view(SurveyStore.Question question) {
		return new QuestionView(question.id(), question.kind(), question.text(), question.options());
	}

	static QuestionResult result(SurveyStore.Question question, Map<String, Integer> counts, int answered,
			List<String> texts) {
		List<OptionCount> perOption = question.kind()
			.scale(question.options())
			.stream()
			.map(option -> new OptionCount(option, counts.getOrDefault(option, 0)))
			.toList();
		Double average = null;
		Integer nps = null;
		int total = perOption.stream().mapToInt(OptionCount::count).sum();
		if (total > 0 && (question.kind() == QuestionKind.SCALE_1_5 || question.kind() == QuestionKind.NPS)) {
			double sum = perOption.stream().mapToDouble(c -> Integer.parseInt(c.option()) * c.count()).sum();
			average = Math.round(10.0 * sum / total) / 10.0;
		}
		if (total > 0 && question.kind() == QuestionKind.NPS) {
			int promoters = perOption.stream().filter(c -> Integer.parseInt(c.option()) >= 9).mapToInt(OptionCount::count).sum();
			int detractors = perOption.stream().filter(c -> Integer.parseInt(c.option()) <= 6).mapToInt(OptionCount::count).sum();
			nps = (int) Math.round(100.0 * (promoters - detractors) / total);
		}
		return new QuestionResult(question.id(), question.kind(), question.text(), answered, perOption, average, nps,
				texts);
	}

}
