package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** Messenger and Instagram senders get their profile names, looked up once; a failed lookup shows the id. */
class MetaSenderNamesIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMessengerSendersNameIsLookedUpOnceAndUsedForEveryMessage() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String sender = "8" + System.nanoTime();
		GRAPH.stubFor(get(urlPathEqualTo("/" + sender)).withQueryParam("access_token", equalTo("demo-page-token"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"name\":\"Siri Hansen\",\"first_name\":\"Siri\",\"last_name\":\"Hansen\",\"id\":\"" + sender
						+ "\"}")));

		hooks.sendAndAwait(messaging("page", MetaDemo.PAGE_ID, sender, "m1_" + sender));
		hooks.sendAndAwait(messaging("page", MetaDemo.PAGE_ID, sender, "m2_" + sender));

		assertThat(author("m1_" + sender)).isEqualTo("Siri Hansen");
		assertThat(author("m2_" + sender)).isEqualTo("Siri Hansen");
		GRAPH.verify(1, getRequestedFor(urlPathEqualTo("/" + sender)));
	}

	@Test
	void anInstagramSenderWithoutANameIsShownByUsername() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String ig = "17841499999" + (System.nanoTime() % 100000);
		MetaTestAccounts.connected(api().asDemo("admin"), "INSTAGRAM", "Direkte " + TestText.unique(), ig, "dm-token");
		String sender = "9" + System.nanoTime();
		GRAPH.stubFor(get(urlPathEqualTo("/" + sender)).withQueryParam("fields", equalTo("name,username"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"username\":\"jobbsoker_99\",\"id\":\"" + sender + "\"}")));

		hooks.sendAndAwait(messaging("instagram", ig, sender, "ig_" + sender));

		assertThat(author("ig_" + sender)).isEqualTo("@jobbsoker_99");
	}

	@Test
	void whenMetaWillNotNameTheSenderTheMessageStillArrivesWithTheirIdAndNoName() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String sender = "7" + System.nanoTime();
		GRAPH.stubFor(get(urlPathEqualTo("/" + sender)).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"An unknown error occurred\",\"code\":1,\"fbtrace_id\":\"TNAME\"}}")));

		hooks.sendAndAwait(messaging("page", MetaDemo.PAGE_ID, sender, "f1_" + sender));
		hooks.sendAndAwait(messaging("page", MetaDemo.PAGE_ID, sender, "f2_" + sender));

		assertThat(author("f1_" + sender)).isNull();
		assertThat(author("f2_" + sender)).isNull();
		assertThat(authorId("f1_" + sender)).isEqualTo(sender);
		// The failure is remembered: Meta is asked again after a day, not for every message.
		GRAPH.verify(1, getRequestedFor(urlPathEqualTo("/" + sender)));
	}

	private String author(String mid) {
		return jdbc.sql("select author_name from channels_inbound where external_id = :id")
			.param("id", mid)
			.query(String.class)
			.list()
			.get(0);
	}

	private String authorId(String mid) {
		return jdbc.sql("select author_external_id from channels_inbound where external_id = :id")
			.param("id", mid)
			.query(String.class)
			.single();
	}

	private static String messaging(String object, String page, String sender, String mid) {
		return """
				{"object":"%s","entry":[{"id":"%s","time":%d,"messaging":[
				 {"sender":{"id":"%s"},"recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"%s","text":"Hei %s"}}]}]}"""
			.formatted(object, page, Instant.now().getEpochSecond(), sender, page, System.currentTimeMillis(), mid,
					UUID.randomUUID());
	}

}
