package no.samtale.channels.internal.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** The X connector against WireMock playing X API v2: replies, DMs, posts and every answer X may give. */
class XConnectorIntegrationTests extends IntegrationTest {

	@Autowired
	XConnector connector;

	@Autowired
	XAccounts xAccounts;

	@Autowired
	Accounts accounts;

	Account fresh(String token) {
		long team = accounts.get(xAccounts.ofUser(XFakePlatform.USER_ID).orElseThrow().accountId()).teamId();
		return XTestAccounts.create(accounts, xAccounts, team, XHooks.id(), token);
	}

	@Test
	void aPublicReplyAnswersTheCitizensPostWithTheAccountsToken() throws DeliveryFailure {
		Account account = fresh("reply-token");
		String citizenPost = XHooks.id();
		xAccounts.remember(account.id(), citizenPost, "3200000000000000001", true, false);
		String text = "Skjemaet finner du på nav.no " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text)).willReturn(aResponse()
			.withStatus(201).withHeader("Content-Type", "application/json")
			.withHeader("x-rate-limit-remaining", "99").withHeader("x-rate-limit-reset",
					String.valueOf(Instant.now().plusSeconds(900).getEpochSecond()))
			.withBody("{\"data\":{\"id\":\"4000000000000000001\",\"text\":\"" + text + "\"}}")));

		String id = connector.deliver(XTestAccounts.delivery(account, OutboundAction.REPLY, citizenPost, text));

		assertThat(id).isEqualTo("4000000000000000001");
		GRAPH.verify(postRequestedFor(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer reply-token"))
			.withRequestBody(containing("\"in_reply_to_tweet_id\":\"" + citizenPost + "\"")));
	}

	@Test
	void aPublicReplyToAPostThatNeitherMentionedNorQuotedTheAccountIsRefusedWithTheReason() {
		Account account = fresh("rule-token");
		String citizenPost = XHooks.id();
		xAccounts.remember(account.id(), citizenPost, "3200000000000000002", false, false);

		assertThat(connector.refusal(account, OutboundAction.REPLY, citizenPost, "Hei")).get()
			.satisfies(refusal -> assertThat(refusal.field()).isEqualTo("visibility"));
		assertThat(connector.refusal(account, OutboundAction.REPLY_PRIVATELY, citizenPost, "Hei")).isEmpty();
		assertThat(connector.refusal(account, OutboundAction.PUBLISH, null, "x".repeat(281))).get()
			.satisfies(refusal -> assertThat(refusal.field()).isEqualTo("body"));
		assertThatThrownBy(() -> connector.deliver(XTestAccounts.delivery(account, OutboundAction.REPLY, citizenPost,
				"Hei " + TestText.unique()))).isInstanceOf(DeliveryFailure.class)
			.matches(failure -> ((DeliveryFailure) failure).permanent());
	}

	@Test
	void aDirectMessageGoesToTheAuthorOfThePostItAnswers() throws DeliveryFailure {
		Account account = fresh("dm-token");
		String citizenPost = XHooks.id();
		xAccounts.remember(account.id(), citizenPost, "3200000000000000003", false, false);
		GRAPH.stubFor(post(urlPathEqualTo("/x/2/dm_conversations/with/3200000000000000003/messages"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"dm_conversation_id\":\"1-3200000000000000003\",\"dm_event_id\":\"555\"}}")));

		String id = connector.deliver(XTestAccounts.delivery(account, OutboundAction.REPLY_PRIVATELY, citizenPost,
				"Send oss en melding " + TestText.unique()));

		assertThat(id).isEqualTo("dm:555");
	}

	@Test
	void duplicateContentIsFoundOnTheOwnTimelineAndCountsAsDone() throws DeliveryFailure {
		Account account = fresh("duplicate-token");
		String userId = xAccounts.of(account.id()).orElseThrow().userId();
		String text = "Ny rapport om ledighet " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text)).willReturn(aResponse()
			.withStatus(403).withHeader("Content-Type", "application/json")
			.withBody("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"You are not allowed to create a Tweet "
					+ "with duplicate content.\"}")));
		GRAPH.stubFor(get(urlPathEqualTo("/x/2/users/" + userId + "/tweets")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"data\":[{\"id\":\"4000000000000000009\",\"text\":\"" + text + "\"}]}")));

		String id = connector.deliver(XTestAccounts.delivery(account, OutboundAction.PUBLISH, null, text));

		assertThat(id).isEqualTo("4000000000000000009");
	}

	@Test
	void aUsedUpRateLimitWaitsForItsResetWithoutCallingXAgain() {
		Account account = fresh("limit-token");
		String text = "Begrenset " + TestText.unique();
		long reset = Instant.now().plusSeconds(600).getEpochSecond();
		GRAPH.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text)).willReturn(aResponse()
			.withStatus(429).withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset",
					String.valueOf(reset))
			.withHeader("Content-Type", "application/json").withBody("{\"title\":\"Too Many Requests\",\"status\":429}")));

		DeliveryFailure first = failure(account, text);
		DeliveryFailure second = failure(account, text);

		assertThat(first.permanent()).isFalse();
		assertThat(first.retryAfter()).isBetween(Duration.ofSeconds(590), Duration.ofSeconds(601));
		assertThat(second.retryAfter()).isPositive();
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text)));
	}

	@Test
	void exhaustedCreditsOpenTheBreakerForAnHourWithoutCallingXAgain() {
		Account account = fresh("credits-token");
		String text = "Kreditt " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text)).willReturn(aResponse()
			.withStatus(402).withHeader("Content-Type", "application/json")
			.withBody("{\"title\":\"CreditsDepleted\",\"status\":402}")));

		DeliveryFailure first = failure(account, text);

		assertThat(first.permanent()).isFalse();
		assertThat(first.retryAfter()).isGreaterThan(Duration.ofMinutes(59));
		DeliveryFailure next = failure(account, "Noe annet " + TestText.unique());
		assertThat(next.permanent()).isFalse();
		assertThat(next.retryAfter()).isGreaterThan(Duration.ofMinutes(59));
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text)));
		GRAPH.verify(0, postRequestedFor(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing("Noe annet")));
	}

	@Test
	void aTokenXNoLongerAcceptsAsksForReconnecting() {
		Account account = fresh("revoked-token");
		String text = "Utløpt " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/x/2/tweets")).withRequestBody(containing(text))
			.willReturn(aResponse().withStatus(401).withBody("{\"title\":\"Unauthorized\",\"status\":401}")));

		DeliveryFailure failure = failure(account, text);

		assertThat(failure.credentialsRejected()).isTrue();
		assertThat(failure.permanent()).isTrue();
	}

	private DeliveryFailure failure(Account account, String text) {
		try {
			connector.deliver(XTestAccounts.delivery(account, OutboundAction.PUBLISH, null, text));
		}
		catch (DeliveryFailure failure) {
			return failure;
		}
		throw new AssertionError("X's answer was taken as success");
	}

}
