package no.samtale.guide.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.samtale.platform.InvalidInputException;

/**
 * A citizen's question to the guide, checked against the published guide: an unknown topic, need, place or language
 * is refused naming the parameter, rather than answered with routes for something else.
 */
record GuideQuery(String topic, @Nullable String need, @Nullable String place, String lang) {

	static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");

	static GuideQuery checked(CompiledGuide guide, @Nullable String topic, @Nullable String need,
			@Nullable String municipality, @Nullable String lang) {
		String language = blank(lang) ? "nb" : lang;
		if (!LANGUAGES.contains(language)) {
			throw new InvalidInputException("lang", "The guide speaks nb, nn and en");
		}
		if (blank(topic)) {
			throw new InvalidInputException("topic", "Say what it is about: one of " + guide.topics().keySet());
		}
		if (!guide.topics().containsKey(topic)) {
			throw new InvalidInputException("topic", "No topic is called '" + topic + "'");
		}
		String chosenNeed = blank(need) ? null : need;
		if (chosenNeed != null && !guide.needs().containsKey(chosenNeed)) {
			throw new InvalidInputException("need", "No need is called '" + need + "'; the needs are "
					+ guide.needs().keySet());
		}
		String place = blank(municipality) ? null : municipality.strip();
		if (place != null && guide.officeFor(place).isEmpty()) {
			throw new InvalidInputException("municipality", "No office serves the municipality or postcode '"
					+ place + "'");
		}
		return new GuideQuery(topic, chosenNeed, place, language);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
