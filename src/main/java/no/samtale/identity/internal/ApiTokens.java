package no.samtale.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ConflictException;
import no.samtale.platform.ExpiringCache;
import no.samtale.platform.RandomTokens;
import no.samtale.platform.NotFoundException;

/** Creates, lists, revokes and checks personal API tokens. */
@Service
class ApiTokens {

	static final int MAX_ACTIVE_PER_USER = 20;

	/** Writing last_used_at on every request would turn each API read into a write; once a minute is enough. */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	/** The cluster signal that a token was revoked: every node forgets the tokens it remembers. */
	static final String REVOKED = "identity-token";

	/**
	 * How long a node trusts what it read about a token when no signal came. A revocation, or a change of the
	 * owner's roles, account state or password ({@link Users#CHANGED}), reaches every node within moments by
	 * {@link ClusterSignals}; this bounds the time only when such a signal is lost with the node's listening
	 * connection.
	 */
	static final Duration REMEMBERED_FOR = Duration.ofSeconds(10);

	private final ApiTokenRepository tokens;

	private final JdbcClient jdbc;

	private final ClusterSignals signals;

	/**
	 * Usable tokens by their hash, with their owner as the request needs them: the token, account and roles query
	 * was a database round trip on every API call, as costly as the rest of a small page.
	 */
	private final ExpiringCache<String, Remembered> remembered = new ExpiringCache<>(REMEMBERED_FOR, 10_000);

	private record Remembered(TokenOwner owner, Instant expiresAt) {
	}

	ApiTokens(ApiTokenRepository tokens, JdbcClient jdbc, ClusterSignals signals) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.signals = signals;
		// Changes are rare: forgetting every token is simpler than finding a user's, and costs one query per token.
		signals.on(REVOKED, user -> remembered.clear());
		signals.on(Users.CHANGED, user -> remembered.clear());
	}

	/**
	 * Forgets what this node remembers of tokens at once, and tells every node (this one again) once the current
	 * transaction commits: called when a token is revoked or its owner's account, roles or password change.
	 */
	void forget(long userId) {
		remembered.clear();
		signals.send(REVOKED, Long.toString(userId));
	}

	/** A new token; the returned value is the only time its secret exists outside the caller. */
	@Transactional
	CreatedToken create(long userId, String name, Integer expiresInDays) {
		if (tokens.findActiveByUserId(userId).size() >= MAX_ACTIVE_PER_USER) {
			throw new ConflictException("name", "You already have " + MAX_ACTIVE_PER_USER + " tokens; revoke one first");
		}
		String token = "smt_" + RandomTokens.generate();
		return new CreatedToken(store(userId, name, token, expiresInDays), token);
	}

	/** Stores a token whose value the caller chose; used for the public demo tokens. */
	@Transactional
	ApiToken store(long userId, String name, String token, Integer expiresInDays) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Instant expires = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
		return tokens.save(new ApiToken(null, userId, name, RandomTokens.sha256(token), token.substring(0, 8), now,
				expires, null, null));
	}

	List<ApiToken> activeFor(long userId) {
		Instant now = Instant.now();
		return tokens.findActiveByUserId(userId).stream().filter(token -> token.usableAt(now)).toList();
	}

	@Transactional
	void revoke(long userId, long tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(found -> found.userId() == userId && found.revokedAt() == null)
			.orElseThrow(() -> new NotFoundException("Token", tokenId));
		tokens.save(token.revoke(Instant.now()));
		forget(userId);
	}

	/** A usable token's owner as the request needs them: one query, no transaction, remembered for a few seconds. */
	record TokenOwner(long tokenId, Instant lastUsedAt, long userId, String username, String name, String employeeId,
			Long unitId, boolean enabled, Instant lockedUntil, boolean mustChangePassword, Set<Role> roles) {

		CurrentUser toCurrentUser() {
			return new CurrentUser(userId, username, name, employeeId, unitId, roles);
		}

	}

	Optional<TokenOwner> authenticate(String token) {
		Instant now = Instant.now();
		Remembered known = remembered.get(RandomTokens.sha256(token), hash -> load(hash, now));
		if (known == null || (known.expiresAt() != null && !known.expiresAt().isAfter(now))) {
			return Optional.empty();
		}
		return Optional.of(known.owner());
	}

	/** The token and its owner from the database, or null when no usable token has this hash. */
	private Remembered load(String hash, Instant now) {
		List<Remembered> rows = jdbc.sql("""
				select t.id as token_id, t.last_used_at, t.expires_at, u.id as user_id, u.username, u.display_name,
				       u.employee_id, u.unit_id, u.enabled, u.locked_until, u.must_change_password, r.role
				from identity_api_token t
				join identity_user u on u.id = t.user_id
				left join identity_user_role r on r.user_id = u.id
				where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)
				""").param("hash", hash).param("now", Timestamp.from(now)).query((rs, row) -> {
			Timestamp used = rs.getTimestamp("last_used_at");
			Timestamp expires = rs.getTimestamp("expires_at");
			Timestamp locked = rs.getTimestamp("locked_until");
			String role = rs.getString("role");
			long unit = rs.getLong("unit_id");
			Long unitId = rs.wasNull() ? null : unit;
			return new Remembered(new TokenOwner(rs.getLong("token_id"), used == null ? null : used.toInstant(),
					rs.getLong("user_id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("employee_id"), unitId, rs.getBoolean("enabled"),
					locked == null ? null : locked.toInstant(), rs.getBoolean("must_change_password"),
					role == null ? Set.of() : EnumSet.of(Role.valueOf(role))), expires == null ? null : expires.toInstant());
		}).list();
		if (rows.isEmpty()) {
			return null;
		}
		TokenOwner owner = rows.get(0).owner();
		// Only when read from the database: a remembered token is at most REMEMBERED_FOR old, far under the minute.
		if (owner.lastUsedAt() == null || owner.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
			tokens.markUsed(owner.tokenId(), now);
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.forEach(row -> roles.addAll(row.owner().roles()));
		return new Remembered(new TokenOwner(owner.tokenId(), owner.lastUsedAt(), owner.userId(), owner.username(),
				owner.name(), owner.employeeId(), owner.unitId(), owner.enabled(), owner.lockedUntil(),
				owner.mustChangePassword(), roles), rows.get(0).expiresAt());
	}

	record CreatedToken(ApiToken stored, String token) {
	}

}
