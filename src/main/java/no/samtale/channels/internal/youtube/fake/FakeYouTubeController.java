package no.samtale.channels.internal.youtube.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

import no.samtale.channels.internal.connect.FakeAuthorizationServer;
import no.samtale.channels.internal.connect.FakeAuthorizationServer.Refresh;
import no.samtale.platform.PublicPaths;

/**
 * A small YouTube played by Samtale itself in demo mode only, so the demo's channel runs on the real connector with
 * no Google app: Google's authorize page (it grants at once and sends the browser back to Samtale's callback), its
 * token endpoint, and the Data API calls the connector makes. It takes only the demo's tokens.
 */
@RestController
@Hidden
@RequestMapping("/demo-platforms/youtube")
@ConditionalOnProperty(name = "samtale.demo", havingValue = "true")
class FakeYouTubeController {

	private final FakeYouTube youtube = new FakeYouTube();

	@Bean
	static PublicPaths fakeYouTubeIsPublic() {
		return PublicPaths.sessionless("/demo-platforms/youtube/**");
	}

	/** Hour-long access tokens; as Google does, a refresh keeps the first refresh token. */
	private final FakeAuthorizationServer oauth = new FakeAuthorizationServer(Duration.ofHours(1),
			"https://www.googleapis.com/auth/youtube.force-ssl", Refresh.KEEPS, Map.of());

	@GetMapping("/authorize")
	ResponseEntity<Void> authorize(@RequestParam("redirect_uri") String redirectUri, @RequestParam String state,
			HttpServletRequest request) {
		return oauth.authorize(redirectUri, state, request);
	}

	@PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestParam("grant_type") String grant,
			@RequestParam(required = false) String code, @RequestParam(name = "refresh_token", required = false)
			String refresh) {
		return oauth.token(grant, code, refresh);
	}

	@GetMapping("/v3/channels")
	ResponseEntity<Map<String, Object>> channels(@RequestHeader(name = "Authorization", required = false) String auth) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		long day = java.time.LocalDate.now().toEpochDay() % 100;
		return ResponseEntity.ok(Map.of("items", List.of(Map.of("id", FakeYouTube.CHANNEL_ID, "snippet",
				Map.of("title", FakeYouTube.CHANNEL_TITLE), "statistics", Map.of("subscriberCount",
						String.valueOf(1_800 + day * 2), "viewCount", String.valueOf(240_000 + day * 900), "videoCount",
						"64", "hiddenSubscriberCount", false)))));
	}

	@GetMapping("/v3/commentThreads")
	ResponseEntity<Map<String, Object>> threads(@RequestHeader(name = "Authorization", required = false) String auth) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		return ResponseEntity.ok(Map.of("kind", "youtube#commentThreadListResponse", "items",
				youtube.threads(Instant.now())));
	}

	@GetMapping("/v3/comments")
	ResponseEntity<Map<String, Object>> replies(@RequestHeader(name = "Authorization", required = false) String auth,
			@RequestParam String parentId) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		return ResponseEntity.ok(Map.of("items", youtube.replies(parentId)));
	}

	record Insert(Map<String, String> snippet) {
	}

	@PostMapping("/v3/comments")
	ResponseEntity<Map<String, Object>> insert(@RequestHeader(name = "Authorization", required = false) String auth,
			@RequestBody Insert body) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		String parent = body.snippet() == null ? null : body.snippet().get("parentId");
		String text = body.snippet() == null ? null : body.snippet().get("textOriginal");
		Map<String, Object> reply = parent == null || text == null ? null : youtube.reply(parent, text, Instant.now());
		return reply == null ? error(HttpStatus.NOT_FOUND, "commentNotFound") : ResponseEntity.ok(reply);
	}

	@PostMapping("/v3/comments/setModerationStatus")
	ResponseEntity<Map<String, Object>> moderate(@RequestHeader(name = "Authorization", required = false) String auth,
			@RequestParam String id, @RequestParam String moderationStatus) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		return youtube.moderate(id, moderationStatus) ? ResponseEntity.noContent().build()
				: error(HttpStatus.NOT_FOUND, "commentNotFound");
	}

	private static boolean authorized(String header) {
		return header != null && header.startsWith("Bearer demo-access-");
	}

	private static ResponseEntity<Map<String, Object>> unauthorized() {
		return error(HttpStatus.UNAUTHORIZED, "authError");
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String reason) {
		return ResponseEntity.status(status).body(Map.of("error", Map.of("code", status.value(), "message", reason,
				"errors", List.of(Map.of("reason", reason)))));
	}

}
