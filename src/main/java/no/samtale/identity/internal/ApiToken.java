package no.samtale.identity.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token. Only its SHA-256 hash is stored; the token itself is shown once, when created. */
@Table("identity_api_token")
record ApiToken(@Id Long id, long userId, String name, String tokenHash, String prefix, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	boolean usableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

	ApiToken revoke(Instant now) {
		return new ApiToken(id, userId, name, tokenHash, prefix, createdAt, expiresAt, lastUsedAt, now);
	}

}
