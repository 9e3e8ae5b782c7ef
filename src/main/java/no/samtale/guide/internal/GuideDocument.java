package no.samtale.guide.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonFormat;

import no.samtale.guide.GuideChannel;

/**
 * The guide as editors keep it: one version of it is one such document, stored whole. Every text a citizen reads is
 * data here, in bokmål and, where given, nynorsk and English (bokmål stands in for a missing one).
 *
 * @param topics what a citizen's question may be about, each with its routes best first
 * @param needs what changes the route (an interpreter, help with digital services, hearing or speech, a crisis)
 * @param offices the local offices, found by municipality or postcode
 * @param fallback the routes the page offers when it cannot guide (an unknown topic or place): the phone and the office
 */
public record GuideDocument(@Nullable List<Topic> topics, @Nullable List<Need> needs, @Nullable List<Office> offices,
		@Nullable List<Route> fallback) {

	/** A text in the guide's three languages. */
	public record Texts(@Nullable String nb, @Nullable String nn, @Nullable String en) {

		String in(String lang) {
			String text = switch (lang) {
				case "nn" -> nn;
				case "en" -> en;
				default -> nb;
			};
			return text == null || text.isBlank() ? nb : text;
		}

	}

	/** A topic such as {@code foreldrepenger}; its key is what the address and the API say. */
	public record Topic(@Nullable String key, @Nullable Texts name, @Nullable List<Route> routes) {
	}

	/**
	 * A need: the channels it takes, best first, from the topic's routes; a route of its own for a channel takes the
	 * place of the topic's (a crisis takes the emergency numbers, never the phone queue).
	 */
	public record Need(@Nullable String key, @Nullable Texts name, @Nullable Texts advice,
			@Nullable List<GuideChannel> channels, @Nullable List<Route> routes) {
	}

	/**
	 * One way to get help. Its target depends on the channel: a page for self-service and social media (with the
	 * account that answers), a web chat account by name, a phone number, or the office found for the citizen.
	 */
	public record Route(@Nullable GuideChannel channel, @Nullable Texts title, @Nullable Texts description,
			@Nullable String url, @Nullable String account, @Nullable String phone, @Nullable Hours hours) {
	}

	/** When a phone or an office is open, in Norwegian time. */
	public record Hours(@Nullable Set<DayOfWeek> days, @JsonFormat(pattern = "HH:mm") @Nullable LocalTime opens,
			@JsonFormat(pattern = "HH:mm") @Nullable LocalTime closes) {
	}

	/** A local office and the municipalities (with their postcodes, single or as ranges such as 2301-2329) it serves. */
	public record Office(@Nullable String name, @Nullable String address, @Nullable Hours hours, @Nullable String url,
			@Nullable List<Municipality> municipalities) {
	}

	public record Municipality(@Nullable String number, @Nullable String name, @Nullable List<String> postcodes) {
	}

}
