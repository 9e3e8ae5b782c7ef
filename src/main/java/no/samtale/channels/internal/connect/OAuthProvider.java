package no.samtale.channels.internal.connect;

import java.util.Map;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;

/**
 * A platform's OAuth 2.0 authorization-code flow, as {@link OAuthFlow} runs it for every connector: the admin is sent
 * to {@link #authorizeUrl()}, comes back to Samtale's callback with a code, which is exchanged at
 * {@link #tokenUrl()}; {@link AccessTokens} refreshes at the same address. One bean per connector kind.
 */
public interface OAuthProvider {

	ConnectorKind kind();

	/** The client registration, from the platform's settings. */
	OAuthClient client();

	default boolean configured() {
		return client().configured();
	}

	default String authorizeUrl() {
		return client().authorizeUrl();
	}

	default String tokenUrl() {
		return client().tokenUrl();
	}

	default String clientId() {
		return client().clientId();
	}

	default String clientSecret() {
		return client().clientSecret();
	}

	/** The scopes asked for, space-separated. */
	String scopes();

	/** How the client authenticates at the token endpoint: HTTP Basic (X) or form fields (Google, LinkedIn). */
	default boolean basicAuth() {
		return false;
	}

	/** Extra parameters of the authorize URL (Google: {@code access_type=offline}, {@code prompt=consent}). */
	default Map<String, String> authorizeExtras() {
		return Map.of();
	}

	/** Who the fresh tokens speak for (a channel, a user, an organization), read from the platform once. */
	Identity identify(long accountId, String accessToken) throws DeliveryFailure;

	/** The platform's id and display name of what was connected. */
	record Identity(String externalId, String name) {
	}

}
