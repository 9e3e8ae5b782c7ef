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
import no.samtale.platform.ConflictException;
import no.samtale.platform.RandomTokens;
import no.samtale.platform.NotFoundException;

/** Creates, lists, revokes and checks personal API tokens. */
@Service
class ApiTokens {

	static final int MAX_ACTIVE_PER_USER = 20;

	/** Writing last_used_at on every request would turn each API read into a write; once a minute is enough. */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository tokens, JdbcClient jdbc) {
		this.tokens = tokens;
		this.jdbc = jdbc;
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
	}

	/** A usable token's owner as the request needs them: one query, no transaction, on every API call. */
	record TokenOwner(long tokenId, Instant lastUsedAt, long userId, String username, String name, String employeeId,
			Long unitId, boolean enabled, Instant lockedUntil, boolean mustChangePassword, Set<Role> roles) {

		CurrentUser toCurrentUser() {
			return new CurrentUser(userId, username, name, employeeId, unitId, roles);
		}

	}

	Optional<TokenOwner> authenticate(String token) {
		Instant now = Instant.now();
		List<TokenOwner> rows = jdbc.sql("""
				select t.id as token_id, t.last_used_at, u.id as user_id, u.username, u.display_name, u.employee_id,
				       u.unit_id, u.enabled, u.locked_until, u.must_change_password, r.role
				from identity_api_token t
				join identity_user u on u.id = t.user_id
				left join identity_user_role r on r.user_id = u.id
				where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)
				""").param("hash", RandomTokens.sha256(token)).param("now", Timestamp.from(now)).query((rs, row) -> {
			Timestamp used = rs.getTimestamp("last_used_at");
			Timestamp locked = rs.getTimestamp("locked_until");
			String role = rs.getString("role");
			long unit = rs.getLong("unit_id");
			Long unitId = rs.wasNull() ? null : unit;
			return new TokenOwner(rs.getLong("token_id"), used == null ? null : used.toInstant(), rs.getLong("user_id"),
					rs.getString("username"), rs.getString("display_name"), rs.getString("employee_id"), unitId,
					rs.getBoolean("enabled"), locked == null ? null : locked.toInstant(),
					rs.getBoolean("must_change_password"),
					role == null ? Set.of() : EnumSet.of(Role.valueOf(role)));
		}).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		TokenOwner owner = rows.get(0);
		if (owner.lastUsedAt() == null || owner.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
			tokens.markUsed(owner.tokenId(), now);
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.forEach(row -> roles.addAll(row.roles()));
		return Optional.of(new TokenOwner(owner.tokenId(), owner.lastUsedAt(), owner.userId(), owner.username(),
				owner.name(), owner.employeeId(), owner.unitId(), owner.enabled(), owner.lockedUntil(),
				owner.mustChangePassword(), roles));
	}

	record CreatedToken(ApiToken stored, String token) {
	}

}
