package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** A public comment with an identity number, from Meta's webhook to the comment hidden through the Graph API. */
class MetaPrivacyIntegrationTests extends IntegrationTest {

	/** A made-up fødselsnummer with valid control digits (15.08.1985). */
	static final String NATIONAL_ID = "15088510140";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommentWithAnIdentityNumberIsHiddenOnFacebookWithinFiveSecondsOfItsWebhook() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String comment = MetaDemo.PAGE_ID + "_" + System.nanoTime();
		GRAPH.stubFor(post(urlPathEqualTo("/" + comment)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":true}")));
		String text = "Hei, fnr mitt er " + NATIONAL_ID + ", når kommer pengene? " + System.nanoTime();

		assertThat(hooks.sendSigned(MetaHooks.comment(MetaDemo.PAGE_ID, comment, null, text, Instant.now(), "add")))
			.isEqualTo(200);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + comment))
				.withRequestBody(containing("is_hidden=true"))));
		Api advisor = api().asDemo("veileder1");
		await().atMost(Duration.ofSeconds(20)).until(() -> conversationOf(comment) != null);
		JsonNode detail = advisor.get("/api/v1/inbox/conversations/" + conversationOf(comment)).json();
		assertThat(detail.path("personalData").asBoolean()).isTrue();
		assertThat(detail.path("labels").toString()).contains("personopplysninger");
		JsonNode message = detail.path("messages").get(0);
		assertThat(message.path("body").asString()).doesNotContain(NATIONAL_ID).contains("••••••");
		assertThat(message.path("masked").toString()).contains("national-id");
		assertThat(detail.path("replies").get(0).path("visibility").asString()).isEqualTo("PRIVATE");
		assertThat(detail.path("replies").get(0).path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> advisor.get("/api/v1/inbox/conversations/" + detail.path("id").asLong())
				.json()
				.path("messages")
				.get(0)
				.path("hiddenOnPlatform")
				.asBoolean());
	}

	private Long conversationOf(String commentId) {
		return jdbc.sql("select conversation_id from inbox_message where external_id = :id")
			.param("id", commentId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
