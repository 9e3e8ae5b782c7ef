package no.samtale.channels.internal.x;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.internal.connect.FakeAuthorizationServer;
import no.samtale.channels.internal.connect.FakeAuthorizationServer.Refresh;

/**
 * A small X served by Samtale itself in demo mode, so that the demo's X account runs on the real connector without
 * X credentials: a few citizens' mentions to poll (mentioning the account, so a public reply is allowed), and posts
 * and direct messages that are kept in memory and read back as X does. Not X: only the calls the connector makes,
 * only what a newcomer needs to see it work. Off outside demo mode.
 */
@RestController
@RequestMapping(XFakePlatform.BASE)
@ConditionalOnProperty(name = "samtale.demo", havingValue = "true")
class XFakePlatform {

	static final String BASE = "/demo-platforms/x/2";

	static final String SECRET = "demo-x-consumer-secret";

	static final String USER_ID = "1000000000000000001";

	private static final String[][] MENTIONS = {
			{ "2000000000000000001", "3000000000000000001", "Kari N.", "@NAVKunnskap Hvor finner jeg tallene for ledighet per fylke?" },
			{ "2000000000000000002", "3000000000000000002", "Ola",
					"@NAVKunnskap Når kommer neste arbeidsmarkedsrapport?" } };

	private final AtomicLong ids = new AtomicLong(2_100_000_000_000_000_000L);

	private final List<Map<String, Object>> posts = new CopyOnWriteArrayList<>();

	private final List<Map<String, Object>> messages = new CopyOnWriteArrayList<>();

	/** Two-hour access tokens and, as X does, a new refresh token on every refresh; the used one stops working. */
	private final FakeAuthorizationServer oauth = new FakeAuthorizationServer(Duration.ofHours(2),
			"tweet.read tweet.write users.read dm.read dm.write offline.access", Refresh.ROTATES, Map.of());

	@GetMapping("/authorize")
	ResponseEntity<Void> authorize(@RequestParam("redirect_uri") String redirectUri, @RequestParam String state,
			HttpServletRequest request) {
		return oauth.authorize(redirectUri, state, request);
	}

	@PostMapping(path = "/oauth2/token", consumes = "application/x-www-form-urlencoded")
	ResponseEntity<Map<String, Object>> token(@RequestParam("grant_type") String grant,
			@RequestParam(required = false) String code,
			@RequestParam(name = "refresh_token", required = false) String refresh) {
		return oauth.token(grant, code, refresh);
	}

	@GetMapping("/users/me")
	Map<String, Object> me() {
		return Map.of("data", Map.of("id", USER_ID, "username", "NAVKunnskap", "name", "NAV Kunnskap"));
	}

	/** NAV Kunnskap's counts; the followers grow a little each day, so the demo's chart moves. */
	@GetMapping("/users/{id}")
	Map<String, Object> user(@PathVariable String id) {
		long day = java.time.LocalDate.now().toEpochDay() % 100;
		return Map.of("data", Map.of("id", id, "username", "NAVKunnskap", "public_metrics", Map.of("followers_count",
				700 + day, "following_count", 120, "tweet_count", 3100 + day, "listed_count", 12)));
	}

	@GetMapping("/users/{id}/mentions")
	ResponseEntity<?> mentions(@PathVariable String id, @RequestParam(name = "since_id", required = false) String sinceId,
			@RequestHeader(name = "Authorization", required = false) String auth) {
		if (auth == null) {
			return unauthorized();
		}
		List<Map<String, Object>> data = new ArrayList<>();
		List<Map<String, Object>> users = new ArrayList<>();
		Instant at = Instant.now().truncatedTo(ChronoUnit.DAYS);
		for (String[] mention : MENTIONS) {
			if (XIds.newer(mention[0], sinceId)) {
				data.add(Map.of("id", mention[0], "author_id", mention[1], "text", mention[3], "created_at",
						at.toString(), "entities", Map.of("mentions", List.of(Map.of("id", USER_ID, "username", "NAVKunnskap")))));
				users.add(Map.of("id", mention[1], "name", mention[2]));
			}
		}
		return ResponseEntity.ok(Map.of("data", data, "includes", Map.of("users", users), "meta",
				Map.of("result_count", data.size())));
	}

	@PostMapping("/tweets")
	ResponseEntity<?> post(@RequestBody Map<String, Object> body) {
		Map<String, Object> post = new LinkedHashMap<>(body);
		post.put("id", String.valueOf(ids.incrementAndGet()));
		post.put("created_at", Instant.now().toString());
		if (body.get("reply") instanceof Map<?, ?> reply) {
			post.put("referenced_tweets", List.of(Map.of("type", "replied_to", "id", reply.get("in_reply_to_tweet_id"))));
		}
		posts.add(0, post);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("data", Map.of("id", post.get("id"), "text",
				String.valueOf(body.get("text")))));
	}

	@GetMapping("/users/{id}/tweets")
	Map<String, Object> timeline(@PathVariable String id) {
		return Map.of("data", posts);
	}

	@PostMapping("/dm_conversations/with/{participant}/messages")
	ResponseEntity<?> message(@PathVariable String participant, @RequestBody Map<String, Object> body) {
		String id = String.valueOf(ids.incrementAndGet());
		messages.add(0, Map.of("id", id, "sender_id", USER_ID, "text", String.valueOf(body.get("text")), "created_at",
				Instant.now().toString(), "participant", participant));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("data", Map.of("dm_conversation_id", USER_ID + "-" + participant, "dm_event_id", id)));
	}

	/** The account's DM events, newest first: a citizen's question, and what the account sent. */
	@GetMapping("/dm_events")
	ResponseEntity<?> dmEvents(@RequestHeader(name = "Authorization", required = false) String auth) {
		if (auth == null) {
			return unauthorized();
		}
		List<Map<String, Object>> events = new ArrayList<>(messages);
		events.add(Map.of("id", "2000000000000000101", "event_type", "MessageCreate", "sender_id", "3000000000000000003",
				"text", "Hei, jeg lurer på hvordan jeg finner statistikk for min kommune.", "created_at",
				Instant.now().truncatedTo(ChronoUnit.DAYS).toString()));
		return ResponseEntity.ok(Map.of("data", events, "includes", Map.of("users",
				List.of(Map.of("id", "3000000000000000003", "name", "Lise")))));
	}

	@GetMapping("/dm_conversations/with/{participant}/dm_events")
	Map<String, Object> messages(@PathVariable String participant) {
		return Map.of("data", messages.stream().filter(m -> participant.equals(m.get("participant"))).toList());
	}

	private static ResponseEntity<?> unauthorized() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("title", "Unauthorized", "status", 401));
	}

}
