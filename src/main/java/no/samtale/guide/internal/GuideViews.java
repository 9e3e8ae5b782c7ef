package no.samtale.guide.internal;

import java.time.LocalDate;
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
	 * One route. {@code waitMinutes} is, for a chat, an estimate from the chats just answered; for a topic's phone
	 * line, the average wait of the calls answered on its latest imported day ({@code waitMeasuredOn}, at most a week
	 * back). Null when there is none to be honest about (no recent telephony figures, a need's own line, a chat with
	 * too few answers lately, a closed channel, or a crisis).
	 *
	 * @param openNow whether the channel is staffed now, or null for one without opening hours
	 * @param waitMeasuredOn the day a phone line's wait was measured; null for a chat's (now) and without a wait
	 */
	record GuideRouteView(GuideChannel channel, String title, @Nullable String description, @Nullable String url,
			@Nullable String phone, @Nullable String address, @Nullable String openingHours, @Nullable Boolean openNow,
			@Nullable Integer waitMinutes, @Nullable LocalDate waitMeasuredOn) {
	}

}
