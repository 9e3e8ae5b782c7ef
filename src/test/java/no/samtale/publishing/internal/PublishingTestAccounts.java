package no.samtale.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.PublishingSteps;

/** Accounts of the NAV Foreldrepenger team made over the API for one test each, so tests never share posts. */
final class PublishingTestAccounts {

	private PublishingTestAccounts() {
	}

	/** A Facebook page on the Meta connector, connected to the WireMock Graph API as {@code pageId}. */
	static long facebookPage(Api admin, String name, String pageId, String token) {
		long account = created(admin, "FACEBOOK", "META", name);
		IntegrationTest.GRAPH.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo(token))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + pageId + "\",\"name\":\"" + name + "\"}")));
		Api.Response connected = admin.put("/api/v1/channels/accounts/" + account + "/meta",
				"{\"pageId\": \"" + pageId + "\", \"accessToken\": \"" + token + "\", \"kind\": \"FACEBOOK_PAGE\"}");
		assertThat(connected.status()).as(connected.body()).isEqualTo(200);
		return account;
	}

	/** An Instagram professional account on the Meta connector, connected to the WireMock Graph API as {@code igId}. */
	static long instagramAccount(Api admin, String name, String igId, String token) {
		long account = created(admin, "INSTAGRAM", "META", name);
		IntegrationTest.GRAPH.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo(token))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + igId + "\",\"name\":\"" + name + "\"}")));
		Api.Response connected = admin.put("/api/v1/channels/accounts/" + account + "/meta",
				"{\"pageId\": \"" + igId + "\", \"accessToken\": \"" + token + "\", \"kind\": \"INSTAGRAM\"}");
		assertThat(connected.status()).as(connected.body()).isEqualTo(200);
		return account;
	}

	/** An account on the simulator connector, which publishes anything at once. */
	static long simulated(Api admin, String platform, String name) {
		return created(admin, platform, "SIMULATOR", name);
	}

	static long created(Api admin, String platform, String connector, String name) {
		return PublishingSteps.account(admin, platform, connector, name);
	}

}
