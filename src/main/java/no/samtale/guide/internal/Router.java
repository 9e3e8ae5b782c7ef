package no.samtale.guide.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.samtale.guide.GuideChannel;
import no.samtale.guide.internal.CompiledGuide.ChatAccount;
import no.samtale.guide.internal.GuideDocument.Hours;
import no.samtale.guide.internal.GuideDocument.Need;
import no.samtale.guide.internal.GuideDocument.Office;
import no.samtale.guide.internal.GuideDocument.Route;
import no.samtale.guide.internal.GuideDocument.Topic;
import no.samtale.guide.internal.GuideViews.GuideAnswerView;
import no.samtale.guide.internal.GuideViews.GuideRouteView;

/** From a topic, a need and a place to routes, best first, in the citizen's language. */
final class Router {

	/** How long a citizen may expect to wait in a web chat, by its account id; null when unknown. */
	interface ChatWait {
		@Nullable Integer minutes(long accountId);
	}

	/** What a topic's phone line made callers wait lately, by topic key; null when unknown. */
	interface PhoneWait {
		PhoneWait NONE = topic -> null;

		PhoneWaits.@Nullable PhoneWait of(String topic);
	}

	private Router() {
	}

	/**
	 * The topic's routes, or for a need the channels it takes in its order: for each, the need's own routes of that
	 * channel if it has any, otherwise the topic's.
	 */
	static List<Route> routesFor(Topic topic, @Nullable Need need) {
		if (need == null) {
			return topic.routes();
		}
		List<Route> routes = new ArrayList<>();
		for (GuideChannel channel : need.channels()) {
			List<Route> own = ofChannel(need.routes(), channel);
			routes.addAll(own.isEmpty() ? ofChannel(topic.routes(), channel) : own);
		}
		return routes;
	}

	static GuideAnswerView answer(CompiledGuide guide, GuideQuery query, Instant now, ChatWait waits, PhoneWait phones) {
		Topic topic = guide.topics().get(query.topic());
		Need need = query.need() == null ? null : guide.needs().get(query.need());
		Office office = query.place() == null ? null : guide.officeFor(query.place()).orElseThrow();
		String lang = query.lang();
		boolean crisis = need != null && "crisis".equals(need.key());
		List<GuideRouteView> views = new ArrayList<>();
		for (Route route : routesFor(topic, need)) {
			// Only the topic's own phone route is its line; a need's (interpreter, relay, emergency) is another queue.
			boolean topicsLine = !crisis && route.channel() == GuideChannel.PHONE && topic.routes().contains(route);
			GuideRouteView view = view(guide, route, office, lang, now, crisis ? accountId -> null : waits,
					topicsLine ? phones.of(topic.key()) : null);
			if (view != null) {
				views.add(view);
			}
		}
		return new GuideAnswerView(topic.key(), topic.name().in(lang), need == null ? null : need.key(),
				need == null ? null : need.name().in(lang), office == null ? null : office.name(), lang,
				guide.version(), need == null || need.advice() == null ? null : need.advice().in(lang), views);
	}

	/** The routes the page offers when it cannot guide: still a phone and an office, never a dead end. */
	static List<GuideRouteView> fallback(CompiledGuide guide, String lang, Instant now) {
		return guide.document().fallback().stream()
			.map(route -> view(guide, route, null, lang, now, accountId -> null, null))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/** The route as the citizen reads it; null for a web chat whose account is gone since the guide was saved. */
	static @Nullable GuideRouteView view(CompiledGuide guide, Route route, @Nullable Office office, String lang, Instant now,
			ChatWait waits, PhoneWaits.@Nullable PhoneWait phone) {
		String title = route.title().in(lang);
		String description = route.description() == null ? null : route.description().in(lang);
		return switch (route.channel()) {
			case CHAT -> {
				ChatAccount chat = guide.chats().get(route.account());
				if (chat == null) {
					yield null;
				}
				Hours hours = HoursText.of(chat.openingHours());
				boolean open = HoursText.isOpen(hours, now);
				yield new GuideRouteView(GuideChannel.CHAT, title, description, "/chat/" + chat.id(), null, null,
						HoursText.text(hours, lang), open, open ? waits.minutes(chat.id()) : null, null);
			}
			case OFFICE -> office == null
					? new GuideRouteView(GuideChannel.OFFICE, title, description, route.url(), null, null, null, null, null,
							null)
					: new GuideRouteView(GuideChannel.OFFICE, office.name(), description, office.url(), null,
							office.address(), text(office.hours(), lang), open(office.hours(), now), null, null);
			default -> {
				Boolean open = open(route.hours(), now);
				// A closed line has no queue to wait in: no estimate then, as for a closed chat.
				PhoneWaits.PhoneWait wait = Boolean.FALSE.equals(open) ? null : phone;
				yield new GuideRouteView(route.channel(), title, description, route.url(), route.phone(), null,
						text(route.hours(), lang), open, wait == null ? null : wait.minutes(),
						wait == null ? null : wait.day());
			}
		};
	}

	private static List<Route> ofChannel(@Nullable List<Route> routes, GuideChannel channel) {
		return routes == null ? List.of() : routes.stream().filter(route -> route.channel() == channel).toList();
	}

	private static @Nullable String text(@Nullable Hours hours, String lang) {
		return hours == null ? null : HoursText.text(hours, lang);
	}

	private static @Nullable Boolean open(@Nullable Hours hours, Instant now) {
		return hours == null ? null : HoursText.isOpen(hours, now);
	}

}
