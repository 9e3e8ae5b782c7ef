package no.samtale.contacts.internal;

import java.util.List;

import no.samtale.platform.InvalidInputException;

/**
 * What a contact or complaint is about, as stable keys shared with the channel guide (the guide's topics are the
 * same words), so the log's figures and the guide's routes can be read side by side.
 */
final class ContactTopics {

	static final List<String> KEYS = List.of("foreldrepenger", "sykepenger", "dagpenger", "arbeid", "sosialhjelp",
			"pensjon", "uforetrygd", "aap", "barnetrygd", "hjelpemidler", "kontantstotte", "annet");

	private ContactTopics() {
	}

	/** The topic as its key, or a 400 naming the field when it is none of the known ones. */
	static String known(String field, String topic) {
		if (topic == null || topic.isBlank()) {
			throw new InvalidInputException(field, "Must be given: one of " + KEYS);
		}
		String key = topic.strip().toLowerCase(java.util.Locale.ROOT);
		if (!KEYS.contains(key)) {
			throw new InvalidInputException(field, "Unknown topic '" + topic + "': one of " + KEYS);
		}
		return key;
	}

}
