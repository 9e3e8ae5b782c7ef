package no.samtale.identity.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.ConflictException;
import no.samtale.platform.NotFoundException;

/** Creates, lists, revokes and checks personal API tokens. */
@Service
class ApiTokens {

	static final int MAX_ACTIVE_PER_USER = 20;

	/** Writing last_used_at on every request would turn each API read into a write; once a minute is enough. */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	ApiTokens(ApiTokenRepository tokens) {
		this.tokens = tokens;
	}

	/** A new token; the returned value is the only time its secret exists outside the caller. */
	@Transactional
	CreatedToken create(long userId, String name, Integer expiresInDays) {
		if (tokens.findActiveByUserId(userId).size() >= MAX_ACTIVE_PER_USER) {
			throw new ConflictException("name", "You already have " + MAX_ACTIVE_PER_USER + " tokens; revoke one first");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "smt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return new CreatedToken(store(userId, name, token, expiresInDays), token);
	}

	/** Stores a token whose value the caller chose; used for the public demo tokens. */
	@Transactional
	ApiToken store(long userId, String name, String token, Integer expiresInDays) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Instant expires = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
		return tokens.save(new ApiToken(null, userId, name, TokenHashing.sha256(token), token.substring(0, 8), now,
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

	/** The owner of a usable token, recording its use. */
	@Transactional
	Optional<Long> authenticate(String token) {
		Instant now = Instant.now();
		return tokens.findByTokenHash(TokenHashing.sha256(token)).filter(found -> found.usableAt(now)).map(found -> {
			if (found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
				tokens.markUsed(found.id(), now);
			}
			return found.userId();
		});
	}

	record CreatedToken(ApiToken stored, String token) {
	}

}
