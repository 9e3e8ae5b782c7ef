package no.samtale.channels.internal.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Direct messages by polling where X's webhook does not reach Samtale: {@code GET /2/dm_events} read newest first
 * down to the last one read, each message stored once as a private one threaded by its sender, the account's own
 * messages left out, and the cursor kept in the mentions poll's cursor.
 */
class XMessagePollIntegrationTests extends IntegrationTest {

	@Autowired
	XMessagePoll messages;

	@Autowired
	XAccounts xAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void messagesArriveOnceAsPrivateAndTheWalkStopsAtTheLastOneRead() throws DeliveryFailure {
		long team = accounts.get(xAccounts.ofUser(XFakePlatform.USER_ID).orElseThrow().accountId()).teamId();
		String userId = XHooks.id();
		Account account = XTestAccounts.create(accounts, xAccounts, team, userId, "dm-token-" + TestText.unique());
		String older = XHooks.id();
		String own = XHooks.id();
		String newer = XHooks.id();
		String question = "Hvordan melder jeg flytting " + TestText.unique();
		GRAPH.stubFor(get(urlPathEqualTo("/x/2/dm_events")).withQueryParam("event_types", equalTo("MessageCreate"))
			.willReturn(json("""
					{"data":[
					 {"id":"%s","event_type":"MessageCreate","sender_id":"3400000000000000001","text":"%s",
					  "created_at":"2026-12-05T08:00:00.000Z"},
					 {"id":"%s","event_type":"MessageCreate","sender_id":"%s","text":"Vart svar",
					  "created_at":"2026-12-05T07:59:00.000Z"},
					 {"id":"%s","event_type":"MessageCreate","sender_id":"3400000000000000001","text":"Hei",
					  "created_at":"2026-12-05T07:58:00.000Z"}],
					 "includes":{"users":[{"id":"3400000000000000001","name":"Per"}]},
					 "meta":{"result_count":3,"next_token":"more"}}""".formatted(newer, question, own, userId, older))));

		String first = messages.poll(account.id(), userId, xAccounts.token(account.id()), null);
		String second = messages.poll(account.id(), userId, xAccounts.token(account.id()), older);
		String third = messages.poll(account.id(), userId, xAccounts.token(account.id()), newer);

		assertThat(first).isEqualTo(newer);
		assertThat(second).isEqualTo(newer);
		assertThat(third).isEqualTo(newer);
		assertThat(jdbc.sql("select kind from channels_inbound where external_id = :id").param("id", "dm:" + newer)
			.query(String.class).list()).containsExactly("PRIVATE");
		assertThat(count("dm:" + own)).isZero();
		assertThat(count("dm:" + older)).isEqualTo(1);
		// A first poll reads one page; later ones stop at the page that reaches the last one read.
		GRAPH.verify(0, getRequestedFor(urlPathEqualTo("/x/2/dm_events")).withQueryParam("pagination_token",
				equalTo("more")));
	}

	@Test
	void theMentionsCursorCarriesTheMessagesCursorAndReadsAnOldOne() {
		XMentionPoll.Cursor both = XMentionPoll.Cursor.parse("1900000000000000001;dm=1900000000000000002");

		assertThat(both.mentions()).isEqualTo("1900000000000000001");
		assertThat(both.messages()).isEqualTo("1900000000000000002");
		assertThat(both.format()).isEqualTo("1900000000000000001;dm=1900000000000000002");
		assertThat(XMentionPoll.Cursor.parse("1900000000000000001").messages()).isNull();
		assertThat(XMentionPoll.Cursor.parse("1900000000000000001").format()).isEqualTo("1900000000000000001");
		assertThat(new XMentionPoll.Cursor(null, "5").format()).isEqualTo(";dm=5");
		assertThat(XMentionPoll.Cursor.parse(";dm=5").messages()).isEqualTo("5");
	}

	private long count(String externalId) {
		return jdbc.sql("select count(*) from channels_inbound where external_id = :id").param("id", externalId)
			.query(Long.class).single();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
