package no.samtale.channels.internal.connect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Account;
import no.samtale.channels.AccountHealthChanged;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.TokenHealth;

/**
 * The stored connections (table {@code channels_connection}): tokens (encrypted), health, budget, poll cursor.
 * A health change is published as {@link AccountHealthChanged} once, when it changes, so admins hear of it.
 */
@Service
public class Connections {

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	Connections(JdbcClient jdbc, TokenCipher cipher, Accounts accounts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.accounts = accounts;
		this.events = events;
	}

	public Optional<Connection> of(long accountId) {
		return jdbc.sql("select * from channels_connection where account_id = :id")
			.param("id", accountId)
			.query(Connections::row)
			.optional();
	}

	public List<Connection> all(ConnectorKind connector) {
		return jdbc.sql("select * from channels_connection where connector = :connector order by account_id")
			.param("connector", connector.name())
			.query(Connections::row)
			.list();
	}

	public List<Connection> all() {
		return jdbc.sql("select * from channels_connection order by account_id").query(Connections::row).list();
	}

	/**
	 * Stores the tokens of a completed authorization (or the demo's) and who they speak for; the account is polled
	 * at once. Tokens never leave this class unencrypted except by
	 * {@link AccessTokens}.
	 */
	@Transactional
	public void connect(long accountId, ConnectorKind connector, String externalId, String externalName,
			TokenPair tokens) {
		Instant now = Instant.now();
		int updated = jdbc.sql("""
				update channels_connection set connector = :connector, external_id = :externalId,
				    external_name = :externalName, access_cipher = :access, refresh_cipher = :refresh,
				    access_expires_at = :accessExpires, refresh_expires_at = :refreshExpires, scopes = :scopes,
				    connected_at = :now, next_poll_at = :now, last_poll_error = null
				where account_id = :account
				""").params(tokenParams(accountId, connector, externalId, externalName, tokens, now)).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into channels_connection (account_id, connector, external_id, external_name, access_cipher,
					    refresh_cipher, access_expires_at, refresh_expires_at, scopes, health, health_changed_at,
					    connected_at, next_poll_at)
					values (:account, :connector, :externalId, :externalName, :access, :refresh, :accessExpires,
					    :refreshExpires, :scopes, 'NOT_CONNECTED', :now, :now, :now)
					""").params(tokenParams(accountId, connector, externalId, externalName, tokens, now)).update();
		}
		health(accountId, TokenHealth.VALID, null, null);
		accounts.markActive(accountId);
	}

	private java.util.Map<String, Object> tokenParams(long accountId, ConnectorKind connector, String externalId,
			String externalName, TokenPair tokens, Instant now) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("account", accountId);
		params.put("connector", connector.name());
		params.put("externalId", externalId);
		params.put("externalName", externalName);
		params.put("access", cipher.encrypt(tokens.accessToken()));
		params.put("refresh", tokens.refreshToken() == null ? null : cipher.encrypt(tokens.refreshToken()));
		params.put("accessExpires", ts(tokens.accessExpiresAt()));
		params.put("refreshExpires", ts(tokens.refreshExpiresAt()));
		params.put("scopes", tokens.scopes());
		params.put("now", ts(now));
		return params;
	}

	/**
	 * Sets the account's health; when it changes, publishes {@link AccountHealthChanged}. A revoked grant also marks
	 * the account RECONNECT_NEEDED, so the outbox stops sending through it.
	 */
	@Transactional
	public void health(long accountId, TokenHealth health, String detail, Instant date) {
		Optional<Connection> before = of(accountId);
		if (before.isEmpty()) {
			return;
		}
		boolean changed = before.get().health() != health
				|| (date != null && !date.equals(before.get().healthDate()));
		jdbc.sql("update channels_connection set health = :health, health_detail = :detail, health_date = :date"
				+ (changed ? ", health_changed_at = :now" : "") + " where account_id = :account")
			.param("health", health.name()).param("detail", truncate(detail))
			.param("date", ts(date)).param("now", ts(Instant.now()))
			.param("account", accountId).update();
		if (health == TokenHealth.REVOKED || health == TokenHealth.SCOPE_MISSING
				|| health == TokenHealth.APP_NOT_APPROVED || health == TokenHealth.VERSION_RETIRED) {
			accounts.markReconnectNeeded(accountId);
		}
		if (changed) {
			Account account = accounts.get(accountId);
			events.publishEvent(new AccountHealthChanged(accountId, account.name(), account.platform(), health, date,
					Instant.now()));
		}
	}

	/** The stored ciphertexts, for {@link AccessTokens} only. */
	String[] ciphers(long accountId) {
		return jdbc.sql("select access_cipher, refresh_cipher from channels_connection where account_id = :id")
			.param("id", accountId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional()
			.orElse(null);
	}

	/** A refreshed pair, stored before it is used; a platform that does not rotate keeps the old refresh token. */
	void storeRefreshed(long accountId, TokenPair tokens) {
		jdbc.sql("""
				update channels_connection set access_cipher = :access,
				    refresh_cipher = coalesce(:refresh, refresh_cipher), access_expires_at = :accessExpires,
				    refresh_expires_at = coalesce(:refreshExpires, refresh_expires_at)
				where account_id = :account
				""").param("access", cipher.encrypt(tokens.accessToken()))
			.param("refresh", tokens.refreshToken() == null ? null : cipher.encrypt(tokens.refreshToken()))
			.param("accessExpires", ts(tokens.accessExpiresAt()))
			.param("refreshExpires", ts(tokens.refreshExpiresAt()))
			.param("account", accountId).update();
	}

	String decrypt(String stored) {
		return stored == null ? null : cipher.decrypt(stored);
	}

	private static String truncate(String detail) {
		return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Connection row(ResultSet rs, int n) throws SQLException {
		return new Connection(rs.getLong("account_id"), ConnectorKind.valueOf(rs.getString("connector")),
				rs.getString("external_id"), rs.getString("external_name"), instant(rs, "access_expires_at"),
				instant(rs, "refresh_expires_at"), rs.getString("scopes"), TokenHealth.valueOf(rs.getString("health")),
				rs.getString("health_detail"), instant(rs, "health_date"),
				instant(rs, "last_polled_at"), instant(rs, "next_poll_at"), rs.getString("last_poll_error"),
				instant(rs, "connected_at"), rs.getString("refresh_cipher") != null);
	}

}
