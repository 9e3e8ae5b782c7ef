package no.samtale.channels.internal.linkedin;

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
 * A small LinkedIn served by Samtale itself in demo mode, so that the demo's LinkedIn page runs on the real
 * connector without LinkedIn's approval: two comments to pull, and comments and posts that are kept in memory,
 * answered with their urn in {@code x-restli-id}, and read back. Like LinkedIn it refuses a call without a
 * {@code LinkedIn-Version}. Off outside demo mode.
 */
@RestController
@RequestMapping(LinkedInFakePlatform.BASE)
@ConditionalOnProperty(name = "samtale.demo", havingValue = "true")
class LinkedInFakePlatform {

	static final String BASE = "/demo-platforms/linkedin/rest";

	static final String SECRET = "demo-linkedin-client-secret";

	static final String ORGANIZATION = "urn:li:organization:1000001";

	private static final String POST = "urn:li:activity:7000000000000000001";

	private static final String[][] COMMENTS = {
			{ "urn:li:comment:(" + POST + ",7100000000000000001)", "urn:li:person:demoA",
					"Hvordan søker jeg om dagpenger når jeg har hatt deltidsjobb?" },
			{ "urn:li:comment:(" + POST + ",7100000000000000002)", "urn:li:person:demoB",
					"Er det ledige stillinger i helsesektoren i Nordland?" } };

	private final AtomicLong ids = new AtomicLong(7_200_000_000_000_000_000L);

	private final List<Map<String, Object>> posts = new CopyOnWriteArrayList<>();

	private final List<Map<String, Object>> comments = new CopyOnWriteArrayList<>();

	/** 60-day access tokens, with a refresh token (a year) as Community Management apps get. */
	private final FakeAuthorizationServer oauth = new FakeAuthorizationServer(Duration.ofDays(60),
			"r_organization_social,w_organization_social,rw_organization_admin", Refresh.RENEWS,
			Map.of("refresh_token_expires_in", 31536000));

	@GetMapping("/authorize")
	ResponseEntity<Void> authorize(@RequestParam("redirect_uri") String redirectUri, @RequestParam String state,
			HttpServletRequest request) {
		return oauth.authorize(redirectUri, state, request);
	}

	@PostMapping(path = "/accessToken", consumes = "application/x-www-form-urlencoded")
	ResponseEntity<Map<String, Object>> token(@RequestParam("grant_type") String grant,
			@RequestParam(required = false) String code,
			@RequestParam(name = "refresh_token", required = false) String refresh) {
		return oauth.token(grant, code, refresh);
	}

	@GetMapping("/organizationAcls")
	Map<String, Object> acls() {
		return Map.of("elements", List.of(Map.of("organization", ORGANIZATION, "role", "ADMINISTRATOR", "state",
				"APPROVED")));
	}

	/** NAV's page: its followers, growing a little each day. */
	@GetMapping("/networkSizes/{urn}")
	Map<String, Object> networkSize(@PathVariable String urn) {
		return Map.of("firstDegreeSize", 27_000 + java.time.LocalDate.now().toEpochDay() % 100 * 3);
	}

	/** The page's posts' figures for each day asked, made up from the day so they stay the same when read again. */
	@GetMapping("/organizationalEntityShareStatistics")
	Map<String, Object> shareStatistics() {
		List<Map<String, Object>> elements = new ArrayList<>();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		for (int back = 3; back >= 1; back--) {
			java.time.LocalDate day = today.minusDays(back);
			long start = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
			long seed = day.toEpochDay() % 7;
			elements.add(Map.of("timeRange", Map.of("start", start, "end", start + 86_400_000L),
					"totalShareStatistics", Map.of("impressionCount", 4_000 + seed * 350, "uniqueImpressionsCount",
							2_600 + seed * 200, "clickCount", 90 + seed * 8, "likeCount", 60 + seed * 5,
							"commentCount", 8 + seed, "shareCount", 4 + seed)));
		}
		return Map.of("elements", elements);
	}

	@GetMapping("/organizationalEntityNotifications")
	ResponseEntity<?> notifications(@RequestHeader(name = "LinkedIn-Version", required = false) String version) {
		if (version == null) {
			return ResponseEntity.badRequest().body(Map.of("status", 400, "message", "LinkedIn-Version is missing"));
		}
		List<Map<String, Object>> elements = new ArrayList<>();
		long at = Instant.now().truncatedTo(ChronoUnit.HOURS).toEpochMilli();
		for (String[] comment : COMMENTS) {
			elements.add(Map.of("action", "COMMENT", "organizationalEntity", ORGANIZATION, "sourcePost", POST,
					"decoratedSourcePost", Map.of("entity", POST, "text", "Ny rapport om arbeidsmarkedet er ute."),
					"decoratedGeneratedActivity", Map.of("comment", Map.of("entity", comment[0], "owner", comment[1],
							"text", comment[2])), "lastModifiedAt", at));
		}
		return ResponseEntity.ok(Map.of("elements", elements));
	}

	@PostMapping("/socialActions/{target}/comments")
	ResponseEntity<?> comment(@PathVariable String target, @RequestBody Map<String, Object> body) {
		String urn = "urn:li:comment:(" + POST + "," + ids.incrementAndGet() + ")";
		Map<String, Object> comment = new LinkedHashMap<>(body);
		comment.put("commentUrn", urn);
		comment.put("target", target);
		comments.add(0, comment);
		return ResponseEntity.status(HttpStatus.CREATED).header("x-restli-id", urn).body(comment);
	}

	@GetMapping("/socialActions/{target}/comments")
	Map<String, Object> comments(@PathVariable String target) {
		return Map.of("elements", comments.stream().filter(c -> target.equals(c.get("target"))).toList());
	}

	@PostMapping("/posts")
	ResponseEntity<?> post(@RequestBody Map<String, Object> body) {
		String urn = "urn:li:share:" + ids.incrementAndGet();
		Map<String, Object> post = new LinkedHashMap<>(body);
		post.put("id", urn);
		post.put("createdAt", Instant.now().toEpochMilli());
		posts.add(0, post);
		return ResponseEntity.status(HttpStatus.CREATED).header("x-restli-id", urn).build();
	}

	@GetMapping("/posts")
	Map<String, Object> posts() {
		return Map.of("elements", posts);
	}

}
