package no.samtale.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/** Steps in publishing that tests of several modules take. */
public final class PublishingSteps {

	private PublishingSteps() {
	}

	/** A new account of the NAV Foreldrepenger team, made over the API by {@code admin}: its id. */
	public static long account(Api admin, String platform, String connector, String name) {
		long team = 0;
		for (JsonNode t : admin.get("/api/v1/channels/teams").json()) {
			if (t.path("name").asString().equals("NAV Foreldrepenger")) {
				team = t.path("id").asLong();
			}
		}
		Api.Response created = admin.post("/api/v1/channels/accounts", """
				{"platform": "%s", "name": "%s", "handle": "test", "teamId": %d, "connector": "%s",
				 "openingHours": {"days": ["MONDAY"], "opens": "08:00", "closes": "16:00"},
				 "responseTargetMinutes": 60, "privateRepliesNeedApproval": true}""".formatted(platform, name, team,
				connector));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	/** A published post: its page's account, its id and its id on the platform. */
	public record PublishedPost(long accountId, long postId, String externalId) {
	}

	/**
	 * A post on a new simulated page of NAV Foreldrepenger, written by the editor, approved by the partner and
	 * published two seconds later. A test that needs a published post today makes its own: the demo's are at 09:30
	 * and 14:00 on weekdays, so before then (or on a Sunday) today has none. {@code api} gives a new client each
	 * time ({@link Api#as} changes the one it is called on).
	 */
	public static PublishedPost publishedPost(Supplier<Api> api, String text) {
		Api redaktor = api.get().asDemo("redaktor");
		long accountId = account(api.get().asDemo("admin"), "FACEBOOK", "SIMULATOR", "FB " + TestText.unique());
		long id = redaktor.post("/api/v1/publishing/posts", "{\"accountId\": " + accountId + ", \"text\": \"" + text
				+ "\", \"publishAt\": \"" + Instant.now().plusSeconds(2) + "\"}").json().path("id").asLong();
		redaktor.post("/api/v1/publishing/posts/" + id + "/submit", "");
		api.get().asDemo("redaktor2").post("/api/v1/publishing/posts/" + id + "/approve", "");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "PUBLISHED".equals(redaktor.get("/api/v1/publishing/posts/" + id).json().path("status").asString()));
		return new PublishedPost(accountId, id,
				redaktor.get("/api/v1/publishing/posts/" + id).json().path("externalId").asString());
	}

}
