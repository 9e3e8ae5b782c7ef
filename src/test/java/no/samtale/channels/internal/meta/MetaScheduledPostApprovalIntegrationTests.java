package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** Publishing is never done alone: a scheduled post goes to Meta only after another member of the team approved it. */
class MetaScheduledPostApprovalIntegrationTests extends IntegrationTest {

	@Test
	void aScheduledPostGoesToMetaOnlyAfterAnotherMemberOfTheTeamApprovedIt() throws InterruptedException {
		String page = "7600000000076";
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Fire øyne " + TestText.unique(),
				page, "four-eyes-token");
		GRAPH.stubFor(post(urlPathEqualTo("/" + page + "/feed")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + page + "_7\"}")));
		String message = "Husk fristen for søknad om foreldrepenger " + TestText.unique();

		Api.Response scheduled = schedule(account, message);
		long post = scheduled.json().path("id").asLong();

		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
		assertThat(scheduled.json().path("approvalState").asString()).isEqualTo("PENDING");
		assertThat(scheduled.json().path("state").isNull()).isTrue();
		assertThat(scheduled.json().path("author").path("name").asString()).isEqualTo("Hanne Lie");
		JsonNode waiting = awaiting(api().asDemo("veileder1"), post);
		assertThat(waiting.path("canApprove").asBoolean()).isTrue();
		assertThat(waiting.path("message").asString()).isEqualTo(message);
		Thread.sleep(1500);
		GRAPH.verify(0, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));

		Api.Response byAuthor = api().asDemo("redaktor").post(approve(post), "");
		Api.Response byOutsider = api().asDemo("veileder4").post(approve(post), "");
		assertThat(byAuthor.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		assertThat(byOutsider.status()).isEqualTo(403);

		Api.Response approved = api().asDemo("veileder1").post(approve(post), "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("approvalState").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().path("approver").path("name").asString()).isEqualTo("Ingrid Solheim");
		await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(listed(account, post).path("state").asString()));
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
		assertThat(api().asDemo("veileder1").post(approve(post), "").problemType())
			.isEqualTo("urn:samtale:problem:approval-decided");
	}

	@Test
	void aPostSentBackNeverReachesMeta() throws InterruptedException {
		String page = "7700000000077";
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Tilbake " + TestText.unique(),
				page, "back-token");
		long post = schedule(account, "Et innlegg som trenger mer arbeid").json().path("id").asLong();

		Api.Response empty = api().asDemo("veileder2").post("/api/v1/channels/scheduled-posts/" + post + "/reject",
				"{\"comment\": \"\"}");
		Api.Response sentBack = api().asDemo("veileder2").post("/api/v1/channels/scheduled-posts/" + post + "/reject",
				"{\"comment\": \"Legg til lenken til søknaden.\"}");
		Api.Response approvedAfter = api().asDemo("veileder1").post(approve(post), "");

		assertThat(empty.json().path("errors").findValuesAsString("field")).contains("comment");
		assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(200);
		assertThat(sentBack.json().path("approvalState").asString()).isEqualTo("REJECTED");
		assertThat(sentBack.json().path("rejectionComment").asString()).isEqualTo("Legg til lenken til søknaden.");
		assertThat(approvedAfter.status()).isEqualTo(409);
		Thread.sleep(1000);
		GRAPH.verify(0, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
	}

	@Test
	void aPostWithAnIdentityNumberIsRefusedNamingTheMessage() {
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Fnr " + TestText.unique(),
				"7800000000078", "fnr-token");

		Api.Response refused = schedule(account, "Gratulerer til 150885 10140!");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(refused.json().path("field").asString()).isEqualTo("message");
	}

	private Api.Response schedule(long account, String message) {
		return api().asDemo("redaktor").post("/api/v1/channels/accounts/" + account + "/scheduled-posts",
				"{\"message\": \"" + message + "\", \"publishAt\": \"" + Instant.now().plus(Duration.ofDays(2)) + "\"}");
	}

	private static String approve(long post) {
		return "/api/v1/channels/scheduled-posts/" + post + "/approve";
	}

	private static JsonNode awaiting(Api reader, long post) {
		for (JsonNode item : reader.get("/api/v1/channels/scheduled-posts/awaiting-approval").json()) {
			if (item.path("id").asLong() == post) {
				return item;
			}
		}
		throw new AssertionError("Post " + post + " does not wait for approval");
	}

	private JsonNode listed(long account, long post) {
		for (JsonNode item : api().asDemo("redaktor").get("/api/v1/channels/accounts/" + account + "/scheduled-posts")
			.json()) {
			if (item.path("id").asLong() == post) {
				return item;
			}
		}
		throw new AssertionError("No post " + post);
	}

}
