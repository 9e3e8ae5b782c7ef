package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * The inbox's badge counts replies waiting for the user's approval, not posts: an editor who is also an advisor in
 * the same team (redaktor2 in NAV Foreldrepenger) finds a post's approval on the publishing page, and a badge on the
 * inbox that opens onto no reply to approve sends them looking for nothing.
 */
class ApprovalBadgeIntegrationTests extends IntegrationTest {

	@Test
	void aPostWaitingForApprovalIsNotCountedAsAReplyInTheInbox() {
		Api partner = api().asDemo("redaktor2");
		long before = partner.get("/api/v1/inbox/counts").json().path("awaitingMyApproval").asLong();

		Api redaktor = api().asDemo("redaktor");
		long account = foreldrepengerOnFacebook(api().asDemo("admin"));
		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Api.Response created = redaktor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Husk å søke foreldrepenger i god tid.", "publishAt": "%s"}
				""".formatted(account, tomorrow));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Api.Response submitted = redaktor.post("/api/v1/publishing/posts/" + created.json().path("id").asLong()
				+ "/submit", "");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

		assertThat(partner.get("/api/v1/inbox/counts").json().path("awaitingMyApproval").asLong()).isEqualTo(before);
	}

	private static long foreldrepengerOnFacebook(Api admin) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals("NAV Foreldrepenger")
					&& account.path("platform").asString().equals("FACEBOOK")) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("The demo has no NAV Foreldrepenger page on Facebook");
	}

}
