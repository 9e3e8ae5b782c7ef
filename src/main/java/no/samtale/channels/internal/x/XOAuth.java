package no.samtale.channels.internal.x;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.OAuthClient;
import no.samtale.channels.internal.connect.OAuthProvider;

/**
 * X's OAuth 2.0 authorization code flow with PKCE (required by X), the client authenticating with HTTP Basic at the
 * token endpoint. {@code offline.access} gives a refresh token, which X rotates on every refresh; the connected
 * user is read from {@code GET /2/users/me}.
 */
@Component
class XOAuth implements OAuthProvider {

	private final XSettings settings;

	private final XApi api;

	XOAuth(XSettings settings, XApi api) {
		this.settings = settings;
		this.api = api;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.X;
	}

	@Override
	public OAuthClient client() {
		return settings;
	}

	@Override
	public String scopes() {
		return "tweet.read tweet.write users.read dm.read dm.write offline.access";
	}

	@Override
	public boolean basicAuth() {
		return true;
	}

	@Override
	public Identity identify(long accountId, String accessToken) throws DeliveryFailure {
		JsonNode me = api.get(accountId, "/users/me", Map.of(), accessToken).path("data");
		String id = me.path("id").asString("");
		if (!XIds.valid(id)) {
			throw DeliveryFailure.permanent("X did not say which user the token is for");
		}
		return new Identity(id, me.path("username").asString(id));
	}

}
