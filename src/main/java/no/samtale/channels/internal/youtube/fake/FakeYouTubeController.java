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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
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
 * token endpoint, and the Data API calls the connector makes, video uploads included (the file is read and dropped).
 * It takes only the demo's tokens.
 */
@RestController
@Hidden
@RequestMapping("/demo-platforms/youtube")
@ConditionalOnProperty(name = "samtale.demo", havingValue = "true")
class FakeYouTubeController {

	private final FakeYouTube youtube = new FakeYouTube();

	private final FakeYouTubeUploads uploads = new FakeYouTubeUploads();

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
				Map.of("title", FakeYouTube.CHANNEL_TITLE), "contentDetails",
				Map.of("relatedPlaylists", Map.of("uploads", FakeYouTubeUploads.UPLOADS)), "statistics", Map.of("subscriberCount",
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

	/** A resumable upload's first step: the metadata, answered with the session's address in Location. */
	@PostMapping("/upload/v3/videos")
	ResponseEntity<Map<String, Object>> startUpload(
			@RequestHeader(name = "Authorization", required = false) String auth,
			@RequestParam(required = false) String uploadType, @RequestBody(required = false) Map<String, Object> video) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		if (!"resumable".equals(uploadType)) {
			return error(HttpStatus.BAD_REQUEST, "invalidUploadType");
		}
		String session = uploads.start(video);
		return ResponseEntity.ok().header("Location", "/demo-platforms/youtube/upload/v3/sessions/" + session).build();
	}

	/** The file itself, read to its end and dropped: the demo keeps only that a video of this size came. */
	@PutMapping("/upload/v3/sessions/{session}")
	ResponseEntity<Map<String, Object>> finishUpload(
			@RequestHeader(name = "Authorization", required = false) String auth, @PathVariable String session,
			HttpServletRequest request) throws java.io.IOException {
		if (!authorized(auth)) {
			return unauthorized();
		}
		long bytes = request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		Map<String, Object> video = uploads.finish(session, bytes, Instant.now());
		return video == null ? error(HttpStatus.NOT_FOUND, "uploadSessionNotFound") : ResponseEntity.ok(video);
	}

	@GetMapping("/v3/playlistItems")
	ResponseEntity<Map<String, Object>> playlistItems(
			@RequestHeader(name = "Authorization", required = false) String auth, @RequestParam String playlistId) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		return ResponseEntity.ok(Map.of("items",
				FakeYouTubeUploads.UPLOADS.equals(playlistId) ? uploads.playlistItems() : List.of()));
	}

	@DeleteMapping("/v3/videos")
	ResponseEntity<Map<String, Object>> deleteVideo(@RequestHeader(name = "Authorization", required = false) String auth,
			@RequestParam String id) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		return uploads.delete(id) ? ResponseEntity.noContent().build() : error(HttpStatus.NOT_FOUND, "videoNotFound");
	}

	/** A post's first comment: a thread of its own under the video. */
	@PostMapping("/v3/commentThreads")
	ResponseEntity<Map<String, Object>> startThread(@RequestHeader(name = "Authorization", required = false) String auth) {
		if (!authorized(auth)) {
			return unauthorized();
		}
		return ResponseEntity.ok(Map.of("kind", "youtube#commentThread", "id", "Ugz" + FakeYouTube.token()));
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
