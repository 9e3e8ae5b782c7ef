package no.samtale.channels.internal.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.Outbox;
import no.samtale.channels.OutboxEntry;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.Connections;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * What keeps X complete and single: the mentions poll beside the webhook (since_id), the read-back after an answer
 * that never came, and the reply rule asked before approval.
 */
class XReconcileIntegrationTests extends IntegrationTest {

	@Autowired
	XAccounts xAccounts;

	@Autowired
	XMentionPoll poll;

	@Autowired
	Accounts accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Connections connections;

	Account fresh(String token) {
		long team = accounts.get(xAccounts.ofUser(XFakePlatform.USER_ID).orElseThrow().accountId()).teamId();
		return XTestAccounts.create(accounts, xAccounts, team, XHooks.id(), token);
	}

	@Test
	void thePollFindsEveryMentionTheWebhookMissedOnceAndThenAsksOnlyForNewerOnes() throws DeliveryFailure {
		// Both polls answer the same two mentions (as X would if since_id were ignored): they are stored once.
		Account account = fresh("poll-token");
		String userId = xAccounts.of(account.id()).orElseThrow().userId();
		String older = XHooks.id();
		String newer = XHooks.id();
		String body = """
				{"data":[%s,%s],"includes":{"users":[{"id":"3300000000000000001","name":"Kari"}]},"meta":{"result_count":2}}"""
			.formatted(mention(newer, userId), mention(older, userId));
		GRAPH.stubFor(get(urlPathEqualTo("/x/2/users/" + userId + "/mentions")).willReturn(json(body)));

		Connection connection = connections.of(account.id()).orElseThrow();
		String first = poll.poll(connection, null);
		String second = poll.poll(connection, first);

		assertThat(first).isEqualTo(newer);
		assertThat(second).isEqualTo(newer);
		assertThat(inbound(older) + inbound(newer)).isEqualTo(2);
		assertThat(GRAPH.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo("/x/2/users/" + userId + "/mentions"))
			.withQueryParam("since_id", equalTo(newer)))).hasSize(1);
		assertThat(xAccounts.post(account.id(), older)).get().matches(XReplyRule.Post::mentionsAccount);
	}

	@Test
	void aPostWhoseAnswerNeverCameIsReadBackFromTheTimelineAndNotPostedTwice() {
		Account account = fresh("slow-token");
		String userId = xAccounts.of(account.id()).orElseThrow().userId();
		String text = "Sakte svar " + TestText.unique();
		// X makes the post and answers after the connector has stopped waiting (3 s in tests).
		GRAPH.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text))
			.willReturn(json("{\"data\":{\"id\":\"4100000000000000001\",\"text\":\"" + text + "\"}}").withStatus(201)
				.withFixedDelay(4500)));
		GRAPH.stubFor(get(urlPathEqualTo("/x/2/users/" + userId + "/tweets"))
			.willReturn(json("{\"data\":[{\"id\":\"4100000000000000001\",\"text\":\"" + text + "\"}]}")));

		long entry = outbox.enqueue(account.id(), OutboundAction.PUBLISH, null, text, "x-slow-" + TestText.unique());

		await().atMost(Duration.ofSeconds(40)).until(() -> outbox.get(entry).state() == OutboxEntry.State.SENT);
		assertThat(outbox.get(entry).externalResultId()).isEqualTo("4100000000000000001");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text)));
	}

	@Test
	void aPublicReplyTheRuleForbidsIsRefusedBeforeApprovalAndADirectMessageIsNot() {
		XHooks hooks = new XHooks(this::api, jdbc);
		String post = XHooks.id();
		String body = XHooks.mention("post.reply.create", post, "3300000000000000002", "Uten omtale " + TestText.unique(),
				false);
		assertThat(hooks.sendSigned(body)).isEqualTo(200);
		long conversation = hooks.conversation(post);
		Api advisor = api().asDemo("veileder3");

		Api.Response publicly = advisor.post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\":\"Hei! Se nav.no\",\"visibility\":\"PUBLIC\"}");
		Api.Response tooLong = advisor.post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\":\"" + "a".repeat(281) + "\",\"visibility\":\"PRIVATE\"}");
		Api.Response privately = advisor.post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\":\"Hei! Se nav.no\",\"visibility\":\"PRIVATE\"}");

		assertThat(publicly.status()).isEqualTo(409);
		assertThat(publicly.problemType()).isEqualTo("urn:samtale:problem:platform-refuses");
		assertThat(publicly.body()).contains("visibility");
		assertThat(tooLong.status()).isEqualTo(409);
		assertThat(tooLong.body()).contains("body");
		assertThat(privately.status()).isEqualTo(201);
	}

	private long inbound(String externalId) {
		return jdbc.sql("select count(*) from channels_inbound where external_id = :id")
			.param("id", externalId)
			.query(Long.class)
			.single();
	}

	private static String mention(String id, String mentioned) {
		return """
				{"id":"%s","author_id":"3300000000000000001","text":"Hei @test %s","created_at":"2026-12-05T06:00:00.000Z",
				"entities":{"mentions":[{"id":"%s","username":"test"}]}}""".formatted(id, TestText.unique(), mentioned);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
