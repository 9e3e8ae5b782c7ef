package no.samtale.identity.internal;

import java.time.Instant;
import java.util.List;

import no.samtale.identity.Role;
import no.samtale.identity.UnitKind;

/** The JSON shapes of the identity API. */
final class UserViews {

	private UserViews() {
	}

	record UnitRef(long id, String name, UnitKind kind) {
	}

	record UnitView(long id, String name, UnitKind kind, Long parentId) {
	}

	record UserView(long id, String username, String name, String employeeId, String email, UnitRef unit,
			List<Role> roles, boolean enabled, boolean locked, Instant lockedUntil) {
	}

	record MeView(long id, String username, String name, String employeeId, String email, UnitRef unit,
			List<Role> roles, boolean mustChangePassword, AuthenticatedUser.AuthMethod authMethod) {
	}

	record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), token.prefix(), token.createdAt(), token.lastUsedAt(),
					token.expiresAt());
		}

	}

	record CreatedTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, String token) {
	}

}
