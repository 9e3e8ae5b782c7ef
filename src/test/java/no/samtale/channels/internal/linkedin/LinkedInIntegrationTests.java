package no.samtale.channels.internal.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.Account;
import no.samtale.channels.AccountSettings;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.hooks.HookSignatures;
import no.samtale.platform.RandomTokens;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * LinkedIn's Community Management API played by WireMock: the webhook's challenge and signatures, the pull beside
 * it, replies and posts with their id in {@code x-restli-id}, the version header, and LinkedIn's refusals.
 */
class LinkedInIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	LinkedInAccounts organizations;

	@Autowired
	LinkedInConnector connector;

	@Autowired
	LinkedInPull pull;

	@Autowired
	no.samtale.channels.internal.connect.Connections connections;

	@Test
	void theChallengeIsAnsweredWithTheHexHmacOfTheCode() {
		Api.Response answer = api().get("/webhooks/linkedin?challengeCode=890e4665-4dfe-4ab1-b689-ed553bceeed2");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("challengeResponse").asString()).isEqualTo(hmac("890e4665-4dfe-4ab1-b689-ed553bceeed2"));
		assertThat(answer.json().path("challengeCode").asString()).isEqualTo("890e4665-4dfe-4ab1-b689-ed553bceeed2");
	}

	@Test
	void aSignedCommentNotificationArrivesOnceAndAWrongSignatureStoresNothing() {
		Account account = fresh();
		String urn = organizations.of(account.id()).orElseThrow().urn();
		String comment = "urn:li:comment:(urn:li:activity:71,7" + System.nanoTime() + ")";
		String body = notification(urn, comment, "Når åpner søknaden? " + TestText.unique());

		assertThat(send(body, "hmacsha256=" + hmac("wrong" + body))).isEqualTo(401);
		assertThat(send(body, null)).isEqualTo(401);
		assertThat(deliveries(body)).isZero();
		assertThat(send(body, "hmacsha256=" + hmac(body))).isEqualTo(200);
		assertThat(send(body, "hmacsha256=" + hmac(body))).isEqualTo(200);

		assertThat(deliveries(body)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> inbound(comment) == 1);
	}

	@Test
	void thePullFindsWhatTheWebhookMissedOnceAndSendsTheVersionHeader() throws DeliveryFailure {
		Account account = fresh();
		String urn = organizations.of(account.id()).orElseThrow().urn();
		String comment = "urn:li:comment:(urn:li:activity:72,7" + System.nanoTime() + ")";
		GRAPH.stubFor(get(urlPathEqualTo("/linkedin/rest/organizationalEntityNotifications"))
			.withQueryParam("organizationalEntity", equalTo(urn))
			.willReturn(json("{\"elements\":[" + element(urn, comment, "Savnet " + TestText.unique()) + "]}")));

		var connection = connections.of(account.id()).orElseThrow();
		String cursor = pull.poll(connection, null);
		String again = pull.poll(connection, cursor);

		assertThat(Long.parseLong(again)).isGreaterThanOrEqualTo(Long.parseLong(cursor));
		assertThat(inbound(comment)).isEqualTo(1);
		GRAPH.verify(getRequestedFor(urlPathEqualTo("/linkedin/rest/organizationalEntityNotifications"))
			.withQueryParam("organizationalEntity", equalTo(urn))
			.withHeader("LinkedIn-Version", equalTo(LinkedInSettings.DEFAULT_VERSION))
			.withHeader("Authorization", equalTo("Bearer li-token")));
	}

	@Test
	void aReplyGoesAsTheOrganizationUnderTheCommentWithItsTextAsWritten() throws DeliveryFailure {
		Account account = fresh();
		String urn = organizations.of(account.id()).orElseThrow().urn();
		String comment = "urn:li:comment:(urn:li:activity:73,7" + System.nanoTime() + ")";
		String unique = TestText.unique();
		String text = "Se nav.no/dagpenger (søknad) #hjelp " + unique;
		GRAPH.stubFor(post(urlPathMatching("/linkedin/rest/socialActions/.*/comments")).withRequestBody(containing(unique))
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:comment:(urn:li:activity:73,99)")));

		String id = connector.deliver(delivery(account, OutboundAction.REPLY, comment, text));

		assertThat(id).isEqualTo("urn:li:comment:(urn:li:activity:73,99)");
		GRAPH.verify(postRequestedFor(urlPathMatching("/linkedin/rest/socialActions/.*/comments"))
			.withRequestBody(containing("\"actor\":\"" + urn + "\""))
			.withRequestBody(containing("\"parentComment\":\"" + comment + "\""))
			.withRequestBody(containing(text)));
	}

	@Test
	void aPostIsEscapedAsLittleTextAndItsIdComesFromTheHeader() throws DeliveryFailure {
		Account account = fresh();
		String unique = TestText.unique();
		String text = "Ny rapport (PDF) #arbeid " + unique;
		GRAPH.stubFor(post(urlPathEqualTo("/linkedin/rest/posts")).withRequestBody(containing(unique))
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:123456")));

		String id = connector.deliver(delivery(account, OutboundAction.PUBLISH, null, text));

		assertThat(id).isEqualTo("urn:li:share:123456");
		GRAPH.verify(postRequestedFor(urlPathEqualTo("/linkedin/rest/posts"))
			.withRequestBody(containing("Ny rapport \\\\(PDF\\\\) \\\\#arbeid")));
	}

	@Test
	void aDuplicatePostIsFoundAmongTheOrganizationsPostsAndCountsAsDone() throws DeliveryFailure {
		Account account = fresh();
		String text = "Dobbelt " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/linkedin/rest/posts")).withRequestBody(containing(text))
			.willReturn(json("{\"status\":422,\"code\":\"DUPLICATE_POST\",\"message\":\"Content is a duplicate\"}")
				.withStatus(422)));
		GRAPH.stubFor(get(urlPathEqualTo("/linkedin/rest/posts")).withQueryParam("author",
				equalTo(organizations.of(account.id()).orElseThrow().urn()))
			.willReturn(json("{\"elements\":[{\"id\":\"urn:li:share:777\",\"commentary\":\"" + text + "\"}]}")));

		assertThat(connector.deliver(delivery(account, OutboundAction.PUBLISH, null, text))).isEqualTo("urn:li:share:777");
	}

	@Test
	void aRetiredVersionIsPermanentAndRememberedUntilACallSucceeds() {
		Account account = fresh();
		String text = "Gammel versjon " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/linkedin/rest/posts")).withRequestBody(containing(text))
			.willReturn(json("{\"status\":426,\"code\":\"VERSION_MISSING\"}").withStatus(426)));

		DeliveryFailure failure = failure(account, text);

		assertThat(failure.permanent()).isTrue();
		assertThat(failure.getMessage()).contains("retired");
		assertThat(connector.versionRetired(account.id())).isTrue();
		assertThat(connections.of(account.id()).orElseThrow().health())
			.isEqualTo(no.samtale.channels.TokenHealth.VERSION_RETIRED);
	}

	@Test
	void anExpiredTokenAsksForReconnectingAndADailyLimitWaitsForMidnight() {
		Account account = fresh();
		String expired = "Utløpt " + TestText.unique();
		String limited = "Grense " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/linkedin/rest/posts")).withRequestBody(containing(expired))
			.willReturn(json("{\"status\":401,\"code\":\"EXPIRED_ACCESS_TOKEN\"}").withStatus(401)));
		GRAPH.stubFor(post(urlPathEqualTo("/linkedin/rest/posts")).withRequestBody(containing(limited))
			.willReturn(json("{\"status\":429}").withStatus(429)));

		assertThat(failure(account, expired).credentialsRejected()).isTrue();
		DeliveryFailure daily = failure(account, limited);
		assertThat(daily.permanent()).isFalse();
		assertThat(daily.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));
	}

	@Test
	void theCapabilitiesSayThereAreNoPrivateMessagesAndNoHiding() {
		assertThat(connector.capabilities(Platform.LINKEDIN)).doesNotContain(
				no.samtale.channels.Capability.REPLY_PRIVATELY, no.samtale.channels.Capability.HIDE)
			.contains(no.samtale.channels.Capability.REPLY, no.samtale.channels.Capability.PUBLISH);
	}

	private Account fresh() {
		long team = accounts.get(organizations.ofUrn(LinkedInFakePlatform.ORGANIZATION).orElseThrow().accountId())
			.teamId();
		long id = accounts.create(new AccountSettings(Platform.LINKEDIN, "LinkedIn " + TestText.unique(), "test", team,
				ConnectorKind.LINKEDIN, OpeningHours.weekdays("08:00", "16:00"), 60, true));
		organizations.connect(id, "urn:li:organization:" + System.nanoTime(), "li-token");
		return accounts.get(id);
	}

	private DeliveryFailure failure(Account account, String text) {
		try {
			connector.deliver(delivery(account, OutboundAction.PUBLISH, null, text));
		}
		catch (DeliveryFailure failure) {
			return failure;
		}
		throw new AssertionError("LinkedIn's answer was taken as success");
	}

	private static OutboundDelivery delivery(Account account, OutboundAction action, String target, String body) {
		return new OutboundDelivery(System.nanoTime(), account, action, target, body, "test-" + TestText.unique(), null,
				null);
	}

	private int send(String body, String signature) {
		Api client = signature == null ? api() : api().header("X-LI-Signature", signature);
		return client.send("POST", "/webhooks/linkedin", "application/json", body).status();
	}

	private long deliveries(String body) {
		return jdbc.sql("select count(*) from channels_hook_delivery where platform = 'LINKEDIN' and body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(Long.class)
			.single();
	}

	private long inbound(String externalId) {
		return jdbc.sql("select count(*) from channels_inbound where external_id = :id")
			.param("id", externalId)
			.query(Long.class)
			.single();
	}

	private static String notification(String organization, String comment, String text) {
		return "{\"type\":\"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS\",\"notifications\":[" + element(organization,
				comment, text) + "]}";
	}

	private static String element(String organization, String comment, String text) {
		return """
				{"action":"COMMENT","organizationalEntity":"%s","sourcePost":"urn:li:activity:71",
				"decoratedGeneratedActivity":{"comment":{"entity":"%s","owner":"urn:li:person:abc","text":"%s"}},
				"lastModifiedAt":%d}""".formatted(organization, comment, text, System.currentTimeMillis());
	}

	private static String hmac(String text) {
		return HexFormat.of().formatHex(HookSignatures.hmacSha256(LINKEDIN_CLIENT_SECRET,
				text.getBytes(StandardCharsets.UTF_8)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
