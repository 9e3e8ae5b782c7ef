package no.samtale.guide.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.guide.internal.GuideViews.GuideAnswerView;

/**
 * The public guide for programs and the web app: no login, no cookie. An unknown topic, need, municipality or
 * language is a 400 naming the parameter.
 */
@RestController
class GuideController {

	private final Guide guide;

	GuideController(Guide guide) {
		this.guide = guide;
	}

	@GetMapping("/api/v1/public/guide")
	ResponseEntity<GuideAnswerView> guide(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String need,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String lang) {
		CompiledGuide live = guide.live();
		GuideQuery query = GuideQuery.checked(live, topic, need, municipality, lang);
		// Not stored by shared caches: each answer is counted, and a chat's opening and wait change by the minute.
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(guide.lookup(live, query, Instant.now()));
	}

}
