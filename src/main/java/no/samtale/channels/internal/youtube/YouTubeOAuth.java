package no.samtale.channels.internal.youtube;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.OAuthClient;
import no.samtale.channels.internal.connect.OAuthProvider;

/**
 * Google's OAuth 2.0 for a YouTube channel: the {@code youtube.force-ssl} scope (read, reply to and moderate
 * comments), offline access for a refresh token, and consent asked each time so Google sends one again on a
 * reconnect. The channel is the one the granting Google account owns ({@code channels?mine=true}).
 */
@Component
class YouTubeOAuth implements OAuthProvider {

	static final String SCOPE = "https://www.googleapis.com/auth/youtube.force-ssl";

	private final YouTubeSettings settings;

	private final YouTubeApi api;

	YouTubeOAuth(YouTubeSettings settings, YouTubeApi api) {
		this.settings = settings;
		this.api = api;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.YOUTUBE;
	}

	@Override
	public OAuthClient client() {
		return settings;
	}

	@Override
	public String scopes() {
		return SCOPE;
	}

	@Override
	public Map<String, String> authorizeExtras() {
		return Map.of("access_type", "offline", "prompt", "consent", "include_granted_scopes", "true");
	}

	@Override
	public Identity identify(long accountId, String accessToken) throws DeliveryFailure {
		JsonNode channels = api.getWithToken(accountId, "/channels", Map.of("part", "snippet", "mine", "true"),
				accessToken);
		JsonNode channel = channels.path("items").path(0);
		if (channel.path("id").asString("").isEmpty()) {
			throw DeliveryFailure.permanent("The Google account has no YouTube channel");
		}
		return new Identity(channel.path("id").asString(), channel.path("snippet").path("title").asString(""));
	}

}
