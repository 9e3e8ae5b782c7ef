package no.samtale.channels.internal.connect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.TokenHealth;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RandomTokens;
import no.samtale.platform.RuleViolationException;

/**
 * Connecting an account from its admin page by OAuth 2.0 (authorization code, with PKCE S256). {@link #start}
 * stores a one-time state bound to the account and the admin, with the PKCE verifier, and answers the platform's
 * authorize address; {@link #complete} takes the platform's redirect back: the state must be one we issued, to this
 * admin, within 15 minutes, and is used once (a wrong one is 400 naming {@code state}); the code is exchanged, the
 * tokens stored encrypted, and the account is polled at once.
 */
@Service
public class OAuthFlow {

	static final Duration STATE_LIFETIME = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Connections connections;

	private final TokenEndpoint endpoint;

	private final TokenCipher cipher;

	private final List<OAuthProvider> providers;

	OAuthFlow(JdbcClient jdbc, Accounts accounts, Connections connections, TokenEndpoint endpoint, TokenCipher cipher,
			List<OAuthProvider> providers) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.connections = connections;
		this.endpoint = endpoint;
		this.cipher = cipher;
		this.providers = providers;
	}

	public boolean hasProvider(Account account) {
		return providers.stream().anyMatch(p -> p.kind() == account.connector());
	}

	OAuthProvider provider(Account account) {
		return providers.stream()
			.filter(p -> p.kind() == account.connector())
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("connector-has-no-oauth", "connector",
					"The account's connector " + account.connector() + " is not connected by OAuth"));
	}

	/** Answers the address to send the admin's browser to. */
	@Transactional
	public String start(long accountId, long userId, String redirectUri) {
		Account account = accounts.get(accountId);
		OAuthProvider provider = provider(account);
		if (!provider.configured()) {
			throw new RuleViolationException("platform-not-configured", "connector", "No client id is set for "
					+ account.connector() + " on this server (see docs/connectors.md)");
		}
		if (!cipher.available()) {
			throw new RuleViolationException("secret-key-missing", "connector",
					"SAMTALE_SECRET_KEY is not set, so tokens cannot be stored encrypted; set it and try again");
		}
		Instant now = Instant.now();
		jdbc.sql("delete from channels_oauth_state where created_at < :old")
			.param("old", Timestamp.from(now.minus(STATE_LIFETIME))).update();
		String state = RandomTokens.generate();
		String verifier = RandomTokens.generate() + RandomTokens.generate().substring(0, 20);
		jdbc.sql("""
				insert into channels_oauth_state (state, account_id, user_id, code_verifier, redirect_uri, created_at)
				values (:state, :account, :user, :verifier, :redirect, :now)
				""").param("state", state).param("account", accountId).param("user", userId)
			.param("verifier", verifier).param("redirect", redirectUri).param("now", Timestamp.from(now)).update();
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", provider.clientId());
		query.put("redirect_uri", redirectUri);
		query.put("scope", provider.scopes());
		query.put("state", state);
		query.put("code_challenge", challenge(verifier));
		query.put("code_challenge_method", "S256");
		query.putAll(provider.authorizeExtras());
		String base = provider.authorizeUrl();
		return base + (base.contains("?") ? "&" : "?") + Forms.encode(query);
	}

	private record Started(long accountId, long userId, String verifier, String redirectUri, Instant createdAt) {
	}

	/** Completes the flow; answers the account connected. */
	public long complete(String state, String code, String error, long userId) {
		Started started = state == null ? null : take(state);
		if (started == null || started.userId() != userId
				|| started.createdAt().isBefore(Instant.now().minus(STATE_LIFETIME))) {
			throw new InvalidInputException("state", "Unknown, expired or already used state; start connecting again");
		}
		if (error != null || code == null || code.isBlank()) {
			throw new InvalidInputException("code", "The platform did not grant access (" + (error == null
					? "no code" : error.replaceAll("[^A-Za-z0-9_.-]", "")) + ")");
		}
		Account account = accounts.get(started.accountId());
		OAuthProvider provider = provider(account);
		TokenPair pair;
		try {
			pair = endpoint.exchange(provider, code, started.redirectUri(), started.verifier());
		}
		catch (TokenEndpoint.Refused refused) {
			throw new RuleViolationException("token-exchange-failed", "code",
					"The platform refused the code (" + refused.error() + "); start connecting again");
		}
		OAuthProvider.Identity identity;
		try {
			identity = provider.identify(account.id(), pair.accessToken());
		}
		catch (DeliveryFailure failure) {
			throw new RuleViolationException("token-exchange-failed", "code",
					"The platform did not say whom the token is for: " + failure.getMessage());
		}
		connections.connect(account.id(), account.connector(), identity.externalId(), identity.name(), pair);
		Set<String> missing = missingScopes(provider.scopes(), pair.scopes());
		if (!missing.isEmpty()) {
			connections.health(account.id(), TokenHealth.SCOPE_MISSING, "Not granted: " + String.join(" ", missing),
					null);
		}
		return account.id();
	}

	/** The asked scopes the platform did not grant; none when it did not say what it granted. */
	static Set<String> missingScopes(String asked, String granted) {
		if (granted == null) {
			return Set.of();
		}
		Set<String> got = Arrays.stream(granted.split("[ ,]+")).collect(Collectors.toSet());
		return Arrays.stream(asked.split(" ")).filter(s -> !s.isBlank() && !got.contains(s))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/** Reads and deletes the state in one step, so it can be used once only even by two racing callbacks. */
	private Started take(String state) {
		Started started = jdbc.sql("select * from channels_oauth_state where state = :state")
			.param("state", state)
			.query((rs, n) -> new Started(rs.getLong("account_id"), rs.getLong("user_id"), rs.getString("code_verifier"),
					rs.getString("redirect_uri"), rs.getTimestamp("created_at").toInstant()))
			.optional().orElse(null);
		if (started == null) {
			return null;
		}
		int deleted = jdbc.sql("delete from channels_oauth_state where state = :state").param("state", state).update();
		return deleted == 1 ? started : null;
	}

	static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
