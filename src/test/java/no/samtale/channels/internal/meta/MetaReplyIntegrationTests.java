package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.PublishingSteps;
import no.samtale.support.TestText;

/** Approved replies out through the Graph API (WireMock): retries, token expiry, rate limits, connecting. */
class MetaReplyIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MetaConnections connections;

	@Test
	void theDailyCheckMarksAnAccountWhoseTokenExpiredForReconnecting() {
		long account = metaAccount("Daglig sjekk " + TestText.unique(), "6000000000006", "daily-token");
		GRAPH.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo("daily-token"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"Session has expired\",\"code\":190,\"error_subcode\":463,"
						+ "\"fbtrace_id\":\"TDAILY\"}}")));

		int rejected = connections.checkAll();

		assertThat(rejected).isPositive();
		assertThat(api().asDemo("admin").get("/api/v1/channels/accounts/" + account + "/meta").json()
			.path("state").asString()).isEqualTo("RECONNECT_NEEDED");
		assertThat(api().asDemo("admin").get("/api/v1/channels/accounts/" + MetaHooksAccounts.demoPage(jdbc) + "/meta")
			.json()
			.path("state")
			.asString()).isEqualTo("ACTIVE");
	}

	@Test
	void anApprovedReplyIsPostedOnceEvenWhenTheFirstAttemptGets500() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String comment = MetaDemo.PAGE_ID + "_" + System.nanoTime();
		String path = "/" + comment + "/comments";
		GRAPH.stubFor(post(urlPathEqualTo(path)).inScenario(comment).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"An unknown error occurred\",\"code\":1,\"fbtrace_id\":\"TRACE500\"}}"))
			.willSetStateTo("up"));
		GRAPH.stubFor(post(urlPathEqualTo(path)).inScenario(comment).whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"reply_" + comment + "\"}")));

		long conversation = commentAndReply(hooks, MetaDemo.PAGE_ID, comment, "Hei! Pengene kommer den 25.");

		await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(replyOf(conversation).path("status").asString()));
		GRAPH.verify(2, postRequestedFor(urlPathEqualTo(path)));
		GRAPH.verify(2, postRequestedFor(urlPathEqualTo(path)).withRequestBody(containing("access_token=demo-page-token"))
			.withRequestBody(containing("message=Hei%21+Pengene+kommer+den+25.")));
		assertThat(GRAPH.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getUrl().startsWith(path))
			.map(event -> event.getResponse().getStatus())).containsExactlyInAnyOrder(500, 200);
		assertThat(replyOf(conversation).path("delivery").path("attempts").asInt()).isEqualTo(2);
	}

	@Test
	void anExpiredTokenFailsTheReplyVisiblyAndTheAccountNeedsReconnecting() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String page = "2000000000002";
		long account = metaAccount("Utløper " + TestText.unique(), page, "expiring-token");
		String comment = page + "_" + System.nanoTime();
		GRAPH.stubFor(post(urlPathEqualTo("/" + comment + "/comments")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\","
					+ "\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"TRACE190\"}}")));

		long conversation = commentAndReply(hooks, page, comment, "Hei! Vi ser på saken.");

		await().atMost(Duration.ofSeconds(15))
			.until(() -> "FAILED".equals(replyOf(conversation).path("status").asString()));
		String error = replyOf(conversation).path("delivery").path("lastError").asString();
		assertThat(error).contains("190").contains("TRACE190").doesNotContain("expiring-token");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + comment + "/comments")));
		JsonNode meta = api().asDemo("admin").get("/api/v1/channels/accounts/" + account + "/meta").json();
		assertThat(meta.path("state").asString()).isEqualTo("RECONNECT_NEEDED");
		assertThat(meta.path("connected").asBoolean()).isTrue();
		assertThat(meta.toString()).doesNotContain("expiring-token");
	}

	@Test
	void aTokenMetaRejectsIsNotConnectedAndTheFieldIsNamed() {
		long account = metaAccount("Avvist " + TestText.unique(), "2100000000021", "good-token-21");
		GRAPH.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo("rejected-token"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"Invalid OAuth access token.\",\"code\":190,\"fbtrace_id\":\"T\"}}")));

		Api.Response rejected = api().asDemo("admin").put("/api/v1/channels/accounts/" + account + "/meta",
				"{\"pageId\": \"2100000000021\", \"accessToken\": \"rejected-token\", \"kind\": \"FACEBOOK_PAGE\"}");
		Api.Response byAdvisor = api().asDemo("veileder1").put("/api/v1/channels/accounts/" + account + "/meta",
				"{\"pageId\": \"2100000000021\", \"accessToken\": \"good-token-21\", \"kind\": \"FACEBOOK_PAGE\"}");

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().path("field").asString()).isEqualTo("accessToken");
		assertThat(byAdvisor.status()).isEqualTo(403);
		String stored = jdbc.sql("select token_cipher from channels_meta_page where account_id = :id")
			.param("id", account)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("v1:").doesNotContain("good-token-21");
	}

	@Test
	void nearTheRateLimitTheNextCallWaits() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String page = "3000000000003";
		metaAccount("Travel " + TestText.unique(), page, "busy-token");
		String first = page + "_1" + System.nanoTime();
		String second = page + "_2" + System.nanoTime();
		GRAPH.stubFor(post(urlPathEqualTo("/" + first + "/comments")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Business-Use-Case-Usage", "{\"" + page + "\":[{\"type\":\"pages\",\"call_count\":96,"
					+ "\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":0}]}")
			.withHeader("X-App-Usage", "{\"call_count\":40,\"total_cputime\":5,\"total_time\":5}")
			.withBody("{\"id\":\"r1\"}")));
		GRAPH.stubFor(post(urlPathEqualTo("/" + second + "/comments")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"r2\"}")));

		long one = commentAndReply(hooks, page, first, "Første svar.");
		await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(replyOf(one).path("status").asString()));
		long two = commentAndReply(hooks, page, second, "Andre svar.");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> replyOf(two).path("delivery").path("lastError").asString("").contains("rate limit"));
		JsonNode delivery = replyOf(two).path("delivery");
		assertThat(replyOf(two).path("status").asString()).isNotEqualTo("SENT");
		assertThat(Instant.parse(delivery.path("nextAttemptAt").asString()))
			.isAfter(Instant.now().plusSeconds(60));
		GRAPH.verify(0, postRequestedFor(urlPathEqualTo("/" + second + "/comments")));
	}

	@Test
	void connectingReadsRecentCommentsAndAWebhookForOneOfThemAddsNothing() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String page = "5000000000005";
		String comment = page + "_c" + System.nanoTime();
		String text = "Fra før tilkoblingen " + TestText.unique();
		GRAPH.stubFor(get(urlPathEqualTo("/" + page + "/feed")).withQueryParam("access_token", equalTo("feed-token"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"data":[{"id":"%s_777","message":"Et innlegg om permisjon","comments":{"data":[
					 {"id":"%s","message":"%s","from":{"id":"24000000000009","name":"Ola Nordmann"},
					  "created_time":"2026-11-20T10:00:00+0000"},
					 {"id":"%s_own","message":"Svar fra siden","from":{"id":"%s","name":"Siden"},
					  "created_time":"2026-11-20T11:00:00+0000","parent":{"id":"%s"}}]}}]}""".formatted(page, comment,
					text, page, page, comment))));

		metaAccount("Med historikk " + TestText.unique(), page, "feed-token");
		String webhook = MetaHooks.comment(page, comment, null, text, Instant.now(), "add");
		assertThat(hooks.sendSigned(webhook)).isEqualTo(200);

		await().atMost(Duration.ofSeconds(60))
			.until(() -> hooks.conversationWith(api().asDemo("veileder1"), text) != null);
		long id = hooks.conversationWith(api().asDemo("veileder1"), text).path("id").asLong();
		JsonNode conversation = api().asDemo("veileder1").get("/api/v1/inbox/conversations/" + id).json();
		assertThat(conversation.path("context").path("text").asString()).isEqualTo("Et innlegg om permisjon");
		hooks.awaitProcessed(webhook);
		assertThat(hooks.state(webhook)).isEqualTo("PROCESSED");
		assertThat(jdbc.sql("select count(*) from channels_inbound where external_id like :page")
			.param("page", page + "_%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/** A new Facebook account of the NAV Foreldrepenger team, connected to a page of its own. */
	private long metaAccount(String name, String page, String token) {
		Api admin = api().asDemo("admin");
		long account = PublishingSteps.account(admin, "FACEBOOK", "META", name);
		GRAPH.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo(token))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + page + "\",\"name\":\"" + name + "\"}")));
		Api.Response connected = admin.put("/api/v1/channels/accounts/" + account + "/meta",
				"{\"pageId\": \"" + page + "\", \"accessToken\": \"" + token + "\", \"kind\": \"FACEBOOK_PAGE\"}");
		assertThat(connected.status()).as(connected.body()).isEqualTo(200);
		assertThat(connected.json().path("connected").asBoolean()).isTrue();
		assertThat(connected.json().path("state").asString()).isEqualTo("ACTIVE");
		assertThat(connected.body()).doesNotContain(token);
		return account;
	}

	/** A citizen comments on the page; veileder1 answers in public and veileder2 approves. */
	private long commentAndReply(MetaHooks hooks, String page, String comment, String reply) {
		String text = "Spørsmål " + TestText.unique();
		assertThat(hooks.sendSigned(MetaHooks.comment(page, comment, null, text, Instant.now(), "add"))).isEqualTo(200);
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60))
			.until(() -> (found[0] = hooks.conversationWith(api().asDemo("veileder1"), text)) != null);
		long conversation = found[0].path("id").asLong();
		Api.Response drafted = api().asDemo("veileder1").post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\": \"" + reply + "\", \"visibility\": \"PUBLIC\"}");
		assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
		Api.Response approved = api().asDemo("veileder2")
			.post("/api/v1/approvals/" + drafted.json().path("id").asLong() + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isIn(200, 204);
		return conversation;
	}

	private JsonNode replyOf(long conversation) {
		JsonNode replies = api().asDemo("veileder1").get("/api/v1/inbox/conversations/" + conversation).json()
			.path("replies");
		return replies.get(replies.size() - 1);
	}

	static final class MetaHooksAccounts {

		static long demoPage(JdbcClient jdbc) {
			return jdbc.sql("select account_id from channels_meta_page where page_id = :page")
				.param("page", MetaDemo.PAGE_ID)
				.query(Long.class)
				.single();
		}

	}

}
