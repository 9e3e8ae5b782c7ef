package no.samtale.guide.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import no.samtale.guide.GuideChannel;
import no.samtale.guide.internal.GuideDocument.Hours;
import no.samtale.guide.internal.GuideDocument.Municipality;
import no.samtale.guide.internal.GuideDocument.Need;
import no.samtale.guide.internal.GuideDocument.Office;
import no.samtale.guide.internal.GuideDocument.Route;
import no.samtale.guide.internal.GuideDocument.Texts;
import no.samtale.guide.internal.GuideDocument.Topic;
import no.samtale.platform.InvalidInputException;

/**
 * What a guide must be before it is saved: every route has a target a citizen can use, and no topic leaves a citizen
 * with a need (or with none) without a route. A rejection names the field, as a JSON path into the document.
 */
final class GuideRules {

	private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern POSTCODES = Pattern.compile("\\d{4}(-\\d{4})?");

	private GuideRules() {
	}

	/** @param isWebChat whether an account of this name is a web chat the channels module knows */
	static void check(GuideDocument guide, Predicate<String> isWebChat) {
		List<Topic> topics = required(guide.topics(), "topics");
		List<Need> needs = guide.needs() == null ? List.of() : guide.needs();
		List<Office> offices = guide.offices() == null ? List.of() : guide.offices();
		boolean anyOffice = !offices.isEmpty();
		uniqueKeys(topics.stream().map(Topic::key).toList(), "topics");
		uniqueKeys(needs.stream().map(Need::key).toList(), "needs");
		for (int i = 0; i < offices.size(); i++) {
			office(offices.get(i), "offices[" + i + "]");
		}
		for (int i = 0; i < needs.size(); i++) {
			Need need = needs.get(i);
			String at = "needs[" + i + "]";
			texts(need.name(), at + ".name");
			required(need.channels(), at + ".channels");
			routes(need.routes(), at + ".routes", isWebChat, anyOffice);
		}
		for (int i = 0; i < topics.size(); i++) {
			Topic topic = topics.get(i);
			String at = "topics[" + i + "]";
			texts(topic.name(), at + ".name");
			routes(required(topic.routes(), at + ".routes"), at + ".routes", isWebChat, anyOffice);
			for (Need need : needs) {
				if (Router.routesFor(topic, need).isEmpty()) {
					throw new InvalidInputException(at + ".routes", "TopicLeavesNeedWithoutRoute", "The topic '" + topic.key()
							+ "' leaves the need '" + need.key() + "' with no route: add a route for one of "
							+ need.channels() + " to the topic, or one of the need's own");
				}
			}
		}
		List<Route> fallback = required(guide.fallback(), "fallback");
		routes(fallback, "fallback", isWebChat, anyOffice);
		Set<GuideChannel> fallbackChannels = new HashSet<>();
		fallback.forEach(route -> fallbackChannels.add(route.channel()));
		if (!fallbackChannels.contains(GuideChannel.PHONE) || !fallbackChannels.contains(GuideChannel.OFFICE)) {
			throw new InvalidInputException("fallback", "FallbackNeedsPhoneAndOffice", "The fallback needs a phone and an office route, so that a "
					+ "citizen the guide cannot place is never left without one");
		}
	}

	private static void routes(List<Route> routes, String at, Predicate<String> isWebChat, boolean anyOffice) {
		if (routes == null) {
			return;
		}
		for (int i = 0; i < routes.size(); i++) {
			route(routes.get(i), at + "[" + i + "]", isWebChat, anyOffice);
		}
	}

	static void route(Route route, String at, Predicate<String> isWebChat, boolean anyOffice) {
		if (route.channel() == null) {
			throw new InvalidInputException(at + ".channel", "RouteNeedsChannel", "A route needs a channel");
		}
		texts(route.title(), at + ".title");
		switch (route.channel()) {
			case SELF_SERVICE, SOCIAL -> target(route.url(), at + ".url", "a page to go to");
			case PHONE -> target(route.phone(), at + ".phone", "a phone number");
			case CHAT -> {
				target(route.account(), at + ".account", "the web chat account that answers");
				if (!isWebChat.test(route.account())) {
					throw new InvalidInputException(at + ".account", "NoSuchWebChat", "No web chat account is called '"
							+ route.account() + "'");
				}
			}
			case OFFICE -> {
				if (!anyOffice) {
					throw new InvalidInputException(at + ".channel", "OfficeRouteWithoutOffice", "An office route needs at least one office in 'offices'");
				}
			}
		}
		if (route.url() != null && !route.url().startsWith("https://") && !route.url().startsWith("/")) {
			throw new InvalidInputException(at + ".url", "LinkAddress", "A link starts with https:// or, on this site, with /");
		}
		hours(route.hours(), at + ".hours");
	}

	private static void office(Office office, String at) {
		present(office.name(), at + ".name");
		present(office.address(), at + ".address");
		hours(office.hours(), at + ".hours");
		List<Municipality> municipalities = required(office.municipalities(), at + ".municipalities");
		for (int i = 0; i < municipalities.size(); i++) {
			Municipality municipality = municipalities.get(i);
			String m = at + ".municipalities[" + i + "]";
			present(municipality.name(), m + ".name");
			if (municipality.number() == null || !municipality.number().matches("\\d{4}")) {
				throw new InvalidInputException(m + ".number", "MunicipalityNumber", "A municipality number has four digits");
			}
			List<String> postcodes = municipality.postcodes() == null ? List.of() : municipality.postcodes();
			for (int p = 0; p < postcodes.size(); p++) {
				if (postcodes.get(p) == null || !POSTCODES.matcher(postcodes.get(p)).matches()) {
					throw new InvalidInputException(m + ".postcodes[" + p + "]", "PostcodeFormat",
							"A postcode has four digits; a range is written 2301-2329");
				}
			}
		}
	}

	private static void hours(Hours hours, String at) {
		if (hours == null) {
			return;
		}
		if (hours.days() == null || hours.days().isEmpty()) {
			throw new InvalidInputException(at + ".days", "HoursNeedDays", "Opening hours need the days they apply to");
		}
		if (hours.opens() == null || hours.closes() == null || !hours.opens().isBefore(hours.closes())) {
			throw new InvalidInputException(at + ".closes", "HoursCloseAfterOpen", "Opening hours open before they close");
		}
	}

	private static void uniqueKeys(List<String> keys, String at) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			if (key == null || !KEY.matcher(key).matches()) {
				throw new InvalidInputException(at + "[" + i + "].key", "KeyFormat",
						"A key is lower-case letters and digits joined by hyphens, such as digital-help");
			}
			if (!seen.add(key)) {
				throw new InvalidInputException(at + "[" + i + "].key", "KeyUsedTwice", "The key '" + key + "' is used twice");
			}
		}
	}

	private static void texts(Texts texts, String at) {
		if (texts == null || texts.nb() == null || texts.nb().isBlank()) {
			throw new InvalidInputException(at + ".nb", "TextNeedsBokmal", "Needs a text in bokmål");
		}
	}

	private static void target(String value, String at, String what) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(at, "RouteWithoutTarget", "A route without a target: needs " + what);
		}
	}

	private static void present(String value, String at) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(at, "NotBlank", "Must not be blank");
		}
	}

	private static <T> List<T> required(List<T> list, String at) {
		if (list == null || list.isEmpty()) {
			throw new InvalidInputException(at, "NotEmpty", "Must not be empty");
		}
		return list;
	}

}
