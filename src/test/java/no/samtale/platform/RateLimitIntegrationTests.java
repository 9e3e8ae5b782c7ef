package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Public endpoints under a rate limit per client: the scan per address (per user when logged in), chat sessions per
 * address, chat messages per session, failed logins per address. Over the limit the answer is 429 problem JSON with
 * Retry-After, before the request does any work. Limits as configured for the suite (IntegrationTest); each test
 * sends from addresses of its own.
 */
class RateLimitIntegrationTests extends IntegrationTest {

	private static final int SCANS_PER_MINUTE = 120;

	@Test
	void anAnonymousFloodOfScansFromOneAddressIsAnswered429WithRetryAfter() {
		Api flood = api().from("203.0.113.11");
		int served = 0;
		Api.Response refused = null;
		for (int i = 0; i < 2 * SCANS_PER_MINUTE && refused == null; i++) {
			Api.Response scan = flood.post("/api/v1/privacy/scan", "{\"text\": \"hei\"}");
			if (scan.status() == 200) {
				served++;
			}
			else {
				refused = scan;
			}
		}
		// The whole burst, and what refills (two a second) while it is sent.
		assertThat(served).isBetween(SCANS_PER_MINUTE, SCANS_PER_MINUTE + 30);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:rate-limited");
		assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
		assertThat(refused.header("Set-Cookie")).as("no session for a refused caller").isNull();

		assertThat(api().from("203.0.113.12").post("/api/v1/privacy/scan", "{\"text\": \"hei\"}").status())
			.as("another address has its own bucket").isEqualTo(200);
		assertThat(api().from("203.0.113.11").asDemo("ansatt").post("/api/v1/privacy/scan", "{\"text\": \"hei\"}").status())
			.as("a logged-in employee behind the same address counts as themselves").isEqualTo(200);
	}

	@Test
	void oneAddressCannotOpenChatSessionsWithoutEnd() {
		long chat = chatAccount(api().asDemo("admin"));
		Api.Response last = null;
		int created = 0;
		for (int i = 0; i < 25 && (last == null || last.status() == 201); i++) {
			last = api().from("203.0.113.21").post("/api/v1/webchat/" + chat + "/session", "{\"name\": \"Flom\"}");
			created += last.status() == 201 ? 1 : 0;
		}
		assertThat(created).isEqualTo(20);
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.problemType()).isEqualTo("urn:samtale:problem:rate-limited");
		assertThat(api().from("203.0.113.22").post("/api/v1/webchat/" + chat + "/session", "{}").status()).isEqualTo(201);
	}

	@Test
	void oneChatSessionCannotSendMessagesWithoutEnd() {
		long chat = chatAccount(api().asDemo("admin"));
		Api citizen = api().from("203.0.113.31");
		assertThat(citizen.post("/api/v1/webchat/" + chat + "/session", "{}").status()).isEqualTo(201);
		int sent = 0;
		Api.Response last = null;
		for (int i = 0; i < 40 && (last == null || last.status() == 201); i++) {
			// A new address for every message: the session's own limit is what stops it.
			last = citizen.from("203.0.114." + (i + 1)).post("/api/v1/webchat/" + chat + "/messages",
					"{\"body\": \"Melding " + i + "\"}");
			sent += last.status() == 201 ? 1 : 0;
		}
		assertThat(sent).isBetween(30, 35);
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.header("Retry-After")).isNotNull();
	}

	@Test
	void failedLoginsFromOneAddressAreThrottledButSuccessfulOnesNeverCount() {
		Api guesser = api().from("203.0.113.41");
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			statuses.add(guesser.login("gjest-" + i, "feil").status());
		}
		assertThat(statuses.subList(0, 30)).containsOnly(401);
		assertThat(statuses.get(30)).as("one more refills in ten seconds").isIn(401, 429);
		for (int i = 0; i < 3 && statuses.get(statuses.size() - 1) != 429; i++) {
			statuses.add(guesser.login("gjest-x" + i, "feil").status());
		}
		assertThat(statuses.get(statuses.size() - 1)).isEqualTo(429);
		Api.Response refused = api().from("203.0.113.41").login("veileder1", "demo");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotNull();

		Api regular = api().from("203.0.113.42");
		for (int i = 0; i < 35; i++) {
			assertThat(regular.login("ansatt", "demo").status()).isEqualTo(200);
		}
	}

	@Test
	void failedLoginsForOneUsernameAreThrottledFromEveryAddress() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 22; i++) {
			statuses.add(api().from("203.0.115." + (i + 1)).login("ukjent-person", "feil").status());
		}
		assertThat(statuses.subList(0, 20)).containsOnly(401);
		assertThat(statuses.subList(20, 22)).contains(429);
	}

	static long chatAccount(Api admin) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("platform").asString().equals("WEB_CHAT")) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No web chat account");
	}

}
