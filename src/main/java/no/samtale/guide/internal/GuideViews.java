package no.samtale.guide.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.samtale.guide.GuideChannel;

/** What the public guide answers, in the language asked for. */
final class GuideViews {

	private GuideViews() {
	}

	/**
	 * @param office the office found for the municipality or postcode given, or null when none was given
	 * @param advice what the need changes, in plain words, or null without a need
	 * @param routes best first
	 */
	record GuideAnswerView(String topic, String topicName, @Nullable String need, @Nullable String needName,
			@Nullable String office, String lang, long version, @Nullable String advice, List<GuideRouteView> routes) {
	}

	/**
	 * One route. {@code waitMinutes} is an estimate from the chats just answered, and null when there is none to be
	 * honest about (a phone queue the guide cannot see, a chat with too few answers lately, or a crisis).
	 *
	 * @param openNow whether the channel is staffed now, or null for one without opening hours
	 */
	record GuideRouteView(GuideChannel channel, String title, @Nullable String description, @Nullable String url,
			@Nullable String phone, @Nullable String address, @Nullable String openingHours, @Nullable Boolean openNow,
			@Nullable Integer waitMinutes) {
	}

}
