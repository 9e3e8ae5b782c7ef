package no.samtale.channels.internal.youtube.fake;

import java.net.URI;
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
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;

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

	private static final String CALLBACK = "/api/v1/channels/oauth/callback";

	private final FakeYouTube youtube = new FakeYouTube();

	@Bean
	static PublicPaths fakeYouTubeIsPublic() {
		return PublicPaths.sessionless("/demo-platforms/youtube/**");
	}

	/** Grants at once; only back to this server's own callback, so it redirects nowhere else. */
	@GetMapping("/authorize")
	ResponseEntity<Void> authorize(@RequestParam("redirect_uri") String redirectUri, @RequestParam String state,
			HttpServletRequest request) {
		URI target = URI.create(redirectUri);
		if (!CALLBACK.equals(target.getPath()) || target.getHost() == null
				|| !target.getHost().equals(request.getServerName())) {
			return ResponseEntity.badRequest().build();
		}
		URI back = UriComponentsBuilder.fromUri(target).queryParam("code", "demo-code-" + FakeYouTube.token())
			.queryParam("state", state).build().encode().toUri();
		return ResponseEntity.status(HttpStatus.FOUND).location(back).build();
	}

	@PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestParam("grant_type") String grant,
			@RequestParam(required = false) String code, @RequestParam(name = "refresh_token", required = false)
			String refresh) {
		boolean granted = "authorization_code".equals(grant) && code != null && code.startsWith("demo-code-")
				|| "refresh_token".equals(grant) && refresh != null && refresh.startsWith("demo-refresh-");
		if (!granted) {
			return ResponseEntity.badRequest().body(Map.of("error", "invalid_grant"));
		}
		Map<String, Object> tokens = new java.util.LinkedHashMap<>();
		tokens.put("access_token", "demo-access-" + FakeYouTube.token());
		tokens.put("expires_in", 3600);
		tokens.put("scope", "https://www.googleapis.com/auth/youtube.force-ssl");
		tokens.put("token_type", "Bearer");
		if ("authorization_code".equals(grant)) {
			tokens.put("refresh_token", "demo-refresh-" + FakeYouTube.token());
		}
		return ResponseEntity.ok(tokens);
	}

	@GetMapping("/v3/channels")
	ResponseEntity<Map<String, Object>> channels(@RequestHeader(name = "Authorization", required = false) String auth) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		return ResponseEntity.ok(Map.of("items", List.of(Map.of("id", FakeYouTube.CHANNEL_ID, "snippet",
				Map.of("title", FakeYouTube.CHANNEL_TITLE)))));
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
