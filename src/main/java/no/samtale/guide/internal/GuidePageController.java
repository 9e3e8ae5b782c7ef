package no.samtale.guide.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samtale.guide.GuideChannel;
import no.samtale.guide.internal.GuidePageHtml.Asked;
import no.samtale.guide.internal.GuideViews.GuideAnswerView;
import no.samtale.platform.InvalidInputException;

/**
 * The guide's page at /veiviser, rendered on the server so that it works without JavaScript, on any phone, with any
 * screen reader. What the guide cannot use (an unknown topic, need or place) is said on the page, with the routes to
 * the phone and the office, and answered 400; never a dead end.
 */
@Controller
class GuidePageController {

	private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	private final Guide guide;

	private final PublishedGuide published;

	GuidePageController(Guide guide, PublishedGuide published) {
		this.guide = guide;
		this.published = published;
	}

	@GetMapping("/veiviser")
	ResponseEntity<String> page(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String need,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String lang) {
		String language = lang != null && GuideQuery.LANGUAGES.contains(lang) ? lang : "nb";
		String place = municipality == null || municipality.isBlank() ? null : municipality.strip();
		Optional<CompiledGuide> live = published.current();
		if (live.isEmpty() || topic == null || topic.isBlank()) {
			return html(HttpStatus.OK, GuidePageHtml.page(live.orElse(null),
					new Asked(null, need, place, language, null), null, List.of()));
		}
		CompiledGuide current = live.get();
		Instant now = Instant.now();
		try {
			GuideQuery query = GuideQuery.checked(current, topic, need, place, language);
			GuideAnswerView answer = guide.lookup(current, query, now);
			return html(HttpStatus.OK, GuidePageHtml.page(current,
					new Asked(topic, query.need(), place, language, null), answer, List.of()));
		}
		catch (InvalidInputException e) {
			return html(HttpStatus.BAD_REQUEST, GuidePageHtml.page(current,
					new Asked(topic, need, place, language, e.field()), null, Router.fallback(current, language, now)));
		}
	}

	/** A citizen follows a route: counted, then sent on to where the guide says, or back to the page. */
	@GetMapping("/veiviser/videre")
	ResponseEntity<Void> onward(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String need,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String channel) {
		String language = lang != null && GuideQuery.LANGUAGES.contains(lang) ? lang : "nb";
		Optional<String> target = Optional.empty();
		try {
			CompiledGuide current = guide.live();
			GuideQuery query = GuideQuery.checked(current, topic, need, municipality, language);
			target = guide.choose(current, query, GuideChannel.valueOf(channel == null ? "" : channel), Instant.now());
		}
		catch (InvalidInputException | IllegalArgumentException | no.samtale.platform.NotFoundException e) {
			// An address edited by hand or a guide changed meanwhile: back to the page, which says what it can.
		}
		String back = GuidePageHtml.address("/veiviser", topic, need, municipality, language, null);
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target.orElse(back))).build();
	}

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(body);
	}

}
