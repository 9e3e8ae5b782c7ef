package no.samtale.channels.internal.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Makes YouTube accounts of the NAV Jobblyst team over the API and connects each to a channel of its own through the
 * real OAuth flow, with Google's token endpoint and the Data API played by WireMock.
 */
final class YouTubeTestChannels {

	private YouTubeTestChannels() {
	}

	/** A connected account; its channel id and access token in {@code channel}. */
	record Channel(long accountId, String channelId, String accessToken, String refreshToken) {
	}

	static long created(Api admin, String name) {
		return created(admin, name, "NAV Jobblyst");
	}

	/** An account of the named team ({@code NAV Foreldrepenger} has the demo's editors, who plan posts). */
	static long created(Api admin, String name, String teamName) {
		long team = 0;
		for (JsonNode t : admin.get("/api/v1/channels/teams").json()) {
			if (t.path("name").asString().equals(teamName)) {
				team = t.path("id").asLong();
			}
		}
		Api.Response created = admin.post("/api/v1/channels/accounts", """
				{"platform": "YOUTUBE", "name": "%s", "handle": "@test", "teamId": %d, "connector": "YOUTUBE",
				 "openingHours": {"days": ["MONDAY"], "opens": "08:00", "closes": "16:00"},
				 "responseTargetMinutes": 60, "privateRepliesNeedApproval": true}""".formatted(name, team));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	/** Runs the connect flow; Google answers with tokens valid for {@code expiresIn} seconds. */
	static Channel connected(Api admin, int expiresIn) {
		return connected(admin, expiresIn, "NAV Jobblyst");
	}

	static Channel connected(Api admin, int expiresIn, String teamName) {
		String unique = TestText.unique();
		long account = created(admin, "YouTube " + unique, teamName);
		String channelId = "UC" + unique;
		String code = "code" + unique;
		String access = "access" + unique;
		String refresh = "refresh" + unique;
		IntegrationTest.GRAPH.stubFor(post(urlPathEqualTo("/youtube/token"))
			.withRequestBody(containing("code=" + code))
			.willReturn(json("""
					{"access_token":"%s","refresh_token":"%s","expires_in":%d,"token_type":"Bearer",
					 "scope":"https://www.googleapis.com/auth/youtube.force-ssl"}""".formatted(access, refresh,
					expiresIn))));
		IntegrationTest.GRAPH.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
			.withHeader("Authorization", equalTo("Bearer " + access))
			.willReturn(json("{\"items\":[{\"id\":\"" + channelId + "\",\"snippet\":{\"title\":\"Kanal " + unique
					+ "\"}}]}")));
		String state = startAndReadState(admin, account);
		Api.Response back = admin.get("/api/v1/channels/oauth/callback?state=" + state + "&code=" + code);
		assertThat(back.status()).as(back.body()).isEqualTo(303);
		return new Channel(account, channelId, access, refresh);
	}

	static String startAndReadState(Api admin, long account) {
		Api.Response started = admin.post("/api/v1/channels/accounts/" + account + "/connect", "{}");
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		return query(started.json().path("authorizeUrl").asString()).get("state");
	}

	static Map<String, String> query(String url) {
		Map<String, String> params = new HashMap<>();
		for (String pair : URI.create(url).getRawQuery().split("&")) {
			String[] kv = pair.split("=", 2);
			params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		return params;
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
