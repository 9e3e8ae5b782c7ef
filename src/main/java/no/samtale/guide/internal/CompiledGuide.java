package no.samtale.guide.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.samtale.channels.OpeningHours;
import no.samtale.guide.internal.GuideDocument.Municipality;
import no.samtale.guide.internal.GuideDocument.Need;
import no.samtale.guide.internal.GuideDocument.Office;
import no.samtale.guide.internal.GuideDocument.Topic;

/**
 * A published guide made ready for reading on every request: topics, needs and offices by what the citizen types,
 * and the web chats its routes name, with their ids and opening hours as the channels module has them.
 */
record CompiledGuide(long version, GuideDocument document, Map<String, Topic> topics, Map<String, Need> needs,
		Map<String, Office> officesByPlace, List<PostcodeRange> postcodeRanges, Map<String, ChatAccount> chats) {

	/** A web chat a route names: where its page is and when it is staffed. */
	record ChatAccount(long id, OpeningHours openingHours) {
	}

	record PostcodeRange(int from, int to, Office office) {
	}

	static CompiledGuide of(long version, GuideDocument document, Map<String, ChatAccount> chats) {
		Map<String, Topic> topics = new LinkedHashMap<>();
		document.topics().forEach(topic -> topics.put(topic.key(), topic));
		Map<String, Need> needs = new LinkedHashMap<>();
		if (document.needs() != null) {
			document.needs().forEach(need -> needs.put(need.key(), need));
		}
		Map<String, Office> places = new HashMap<>();
		List<PostcodeRange> ranges = new ArrayList<>();
		for (Office office : document.offices() == null ? List.<Office>of() : document.offices()) {
			for (Municipality municipality : office.municipalities()) {
				places.put(normal(municipality.name()), office);
				places.put(municipality.number(), office);
				for (String postcodes : municipality.postcodes() == null ? List.<String>of() : municipality.postcodes()) {
					String[] ends = postcodes.split("-");
					ranges.add(new PostcodeRange(Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1]),
							office));
				}
			}
		}
		return new CompiledGuide(version, document, Map.copyOf(topics), Map.copyOf(needs), Map.copyOf(places),
				List.copyOf(ranges), Map.copyOf(chats));
	}

	/**
	 * The office for a municipality's name or number or a postcode. Four digits are read as a postcode first: that is
	 * what most people know, and the two rarely point to different offices.
	 */
	Optional<Office> officeFor(String place) {
		String normal = normal(place);
		if (normal.matches("\\d{4}")) {
			int code = Integer.parseInt(normal);
			for (PostcodeRange range : postcodeRanges) {
				if (code >= range.from() && code <= range.to()) {
					return Optional.of(range.office());
				}
			}
		}
		return Optional.ofNullable(officesByPlace.get(normal));
	}

	private static String normal(String place) {
		return place.strip().toLowerCase(Locale.ROOT);
	}

}
