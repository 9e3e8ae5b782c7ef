package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.PublishingSteps;

/** Creates Meta accounts of the NAV Foreldrepenger team and connects them to pages of their own, over the API. */
final class MetaTestAccounts {

	private MetaTestAccounts() {
	}

	/** A new account on {@code platform} (FACEBOOK or INSTAGRAM), connected with {@code token}. */
	static long connected(Api admin, String platform, String name, String pageId, String token) {
		long account = created(admin, platform, name);
		IntegrationTest.GRAPH.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo(token))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + pageId + "\",\"name\":\"" + name + "\"}")));
		String kind = platform.equals("INSTAGRAM") ? "INSTAGRAM" : "FACEBOOK_PAGE";
		Api.Response connected = admin.put("/api/v1/channels/accounts/" + account + "/meta",
				"{\"pageId\": \"" + pageId + "\", \"accessToken\": \"" + token + "\", \"kind\": \"" + kind + "\"}");
		assertThat(connected.status()).as(connected.body()).isEqualTo(200);
		return account;
	}

	static long created(Api admin, String platform, String name) {
		return PublishingSteps.account(admin, platform, "META", name);
	}

}
