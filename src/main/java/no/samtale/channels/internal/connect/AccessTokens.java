package no.samtale.channels.internal.connect;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.TokenHealth;

/**
 * An account's access token, refreshed when it is about to end. The refresh is single-flight per account across
 * nodes: it holds the connection's row lock ({@code select ... for update}), and a node that waited on the lock
 * finds the token already fresh and uses it. The new pair is stored, in that transaction, before it is used: with a
 * rotating refresh token (X) the old one is void once the platform answered, so a pair used before it was stored
 * could be lost. {@code invalid_grant} means the grant is gone: the account shows REVOKED and needs connecting again;
 * any other failure shows REFRESH_FAILING and is tried again.
 */
@Service
public class AccessTokens {

	private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

	/** A token this close to its end is refreshed first, so a call never goes out with one that ends on the way. */
	static final Duration REFRESH_AHEAD = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final Connections connections;

	private final TokenEndpoint endpoint;

	// Looked up when needed: a provider's client calls back into this class for its tokens.
	private final ObjectProvider<OAuthProvider> providers;

	private final TransactionTemplate transaction;

	AccessTokens(JdbcClient jdbc, Connections connections, TokenEndpoint endpoint, ObjectProvider<OAuthProvider> providers,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.connections = connections;
		this.endpoint = endpoint;
		this.providers = providers;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The token to call the platform with; fails permanently (credentials rejected) when there is no grant. */
	public String current(long accountId) throws DeliveryFailure {
		Connection connection = connections.of(accountId)
			.orElseThrow(() -> new DeliveryFailure("The account is not connected yet", true, null, null, true));
		if (!connection.health().callable()) {
			throw new DeliveryFailure("The account's connection is " + connection.health() + "; connect it again", true,
					null, null, true);
		}
		Instant end = connection.accessExpiresAt();
		if (end == null || end.isAfter(Instant.now().plus(REFRESH_AHEAD))) {
			return decrypt(accountId, connections.ciphers(accountId)[0]);
		}
		return refresh(accountId, null);
	}

	/**
	 * The platform refused {@code rejected} (401) before its time: refreshes once, unless another call has refreshed
	 * it meanwhile, and answers the token to try again with.
	 */
	public String refreshAfterRejection(long accountId, String rejected) throws DeliveryFailure {
		return refresh(accountId, rejected);
	}

	private record Outcome(String token, DeliveryFailure failure) {
	}

	private String refresh(long accountId, String rejected) throws DeliveryFailure {
		Outcome outcome = transaction.execute(status -> refreshLocked(accountId, rejected));
		if (outcome.failure() != null) {
			throw outcome.failure();
		}
		return outcome.token();
	}

	/** Inside the transaction that holds the row lock; failures are answered, not thrown, so the health commits. */
	private Outcome refreshLocked(long accountId, String rejected) {
		Locked row = jdbc.sql("select connector, access_cipher, refresh_cipher, access_expires_at from "
				+ "channels_connection where account_id = :id for update")
			.param("id", accountId)
			.query((rs, n) -> new Locked(ConnectorKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					Connections.instant(rs, "access_expires_at")))
			.single();
		String access;
		String refresh;
		try {
			access = connections.decrypt(row.access());
			refresh = connections.decrypt(row.refresh());
		}
		catch (IllegalStateException undecryptable) {
			connections.health(accountId, TokenHealth.REVOKED, "Stored token unreadable with this key", null);
			return new Outcome(null, new DeliveryFailure(undecryptable.getMessage(), true, null, null, true));
		}
		boolean fresh = row.expires() == null || row.expires().isAfter(Instant.now().plus(REFRESH_AHEAD));
		if (fresh && (rejected == null || !rejected.equals(access))) {
			// Another node (or call) refreshed while this one waited for the lock.
			return new Outcome(access, null);
		}
		if (refresh == null) {
			connections.health(accountId, TokenHealth.REVOKED, "The token ended and there is no refresh token", null);
			return new Outcome(null, new DeliveryFailure("The token ended; connect the account again", true, null,
					null, true));
		}
		OAuthProvider provider = providers.orderedStream()
			.filter(p -> p.kind() == row.connector())
			.findFirst()
			.orElse(null);
		if (provider == null) {
			return new Outcome(null, DeliveryFailure.permanent("No OAuth provider for " + row.connector()));
		}
		try {
			TokenPair pair = endpoint.refresh(provider, refresh);
			connections.storeRefreshed(accountId, pair);
			connections.health(accountId, TokenHealth.VALID, null, null);
			return new Outcome(pair.accessToken(), null);
		}
		catch (TokenEndpoint.Refused refused) {
			log.warn("Refreshing the token of account {} failed: {}", accountId, refused.error());
			if (refused.grantGone()) {
				connections.health(accountId, TokenHealth.REVOKED, "The platform answered invalid_grant", null);
				return new Outcome(null, new DeliveryFailure("The grant is revoked or expired; connect the account "
						+ "again", true, null, null, true));
			}
			// The date is when the token in hand ends: the account works until then, and the admins hear of it.
			connections.health(accountId, TokenHealth.REFRESH_FAILING, "The token endpoint answered "
					+ refused.error(), row.expires());
			return new Outcome(null, new DeliveryFailure("Refreshing the token failed (" + refused.error() + ")", false,
					Duration.ofMinutes(1), null, false));
		}
	}

	private record Locked(ConnectorKind connector, String access, String refresh, Instant expires) {
	}

	private String decrypt(long accountId, String cipher) throws DeliveryFailure {
		try {
			return connections.decrypt(cipher);
		}
		catch (IllegalStateException undecryptable) {
			connections.health(accountId, TokenHealth.REVOKED, "Stored token unreadable with this key", null);
			throw new DeliveryFailure(undecryptable.getMessage() + "; connect the account again", true, null, null,
					true);
		}
	}

}
