package no.samtale.channels.internal.linkedin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.AccessTokens;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.Connections;
import no.samtale.channels.internal.connect.TokenPair;

/**
 * Which LinkedIn organization each account is (its connection's external id, an organization urn) and its current
 * token (LinkedIn's last 60 days; refreshed through {@link AccessTokens} where the app has refresh tokens).
 */
@Component
class LinkedInAccounts {

	record Organization(long accountId, String urn) {
	}

	private final Connections connections;

	private final AccessTokens tokens;

	LinkedInAccounts(Connections connections, AccessTokens tokens) {
		this.connections = connections;
		this.tokens = tokens;
	}

	/** Connects with a token got elsewhere (the demo, tests); admins connect through the OAuth flow. */
	void connect(long accountId, String organizationUrn, String accessToken) {
		connections.connect(accountId, ConnectorKind.LINKEDIN, organizationUrn, organizationUrn,
				new TokenPair(accessToken, null, Instant.now().plusSeconds(60L * 24 * 3600), null, null));
	}

	Optional<Organization> of(long accountId) {
		return connections.of(accountId)
			.filter(c -> c.connector() == ConnectorKind.LINKEDIN && c.externalId() != null)
			.map(LinkedInAccounts::of);
	}

	Optional<Organization> ofUrn(String urn) {
		return all().stream().filter(organization -> organization.urn().equals(urn)).findFirst();
	}

	List<Organization> all() {
		return connections.all(ConnectorKind.LINKEDIN).stream().filter(c -> c.externalId() != null)
			.map(LinkedInAccounts::of).toList();
	}

	String token(long accountId) throws DeliveryFailure {
		return tokens.current(accountId);
	}

	private static Organization of(Connection connection) {
		return new Organization(connection.accountId(), connection.externalId());
	}

}
