package no.samtale.identity.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.Role;
import no.samtale.identity.UnitKind;

/** The JSON shapes of the identity API. */
final class UserViews {

	private UserViews() {
	}

	record UnitRef(long id, String name, UnitKind kind) {
	}

	record UnitView(long id, String name, UnitKind kind, @Nullable Long parentId) {
	}

	record UserView(long id, String username, String name, String employeeId, @Nullable String email,
			@Nullable UnitRef unit,
			List<Role> roles, boolean enabled, boolean locked, @Nullable Instant lockedUntil) {
	}

	record MeView(long id, String username, String name, String employeeId, @Nullable String email,
			@Nullable UnitRef unit,
			List<Role> roles, boolean mustChangePassword, AuthenticatedUser.AuthMethod authMethod) {
	}

	record TokenView(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant expiresAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), token.prefix(), token.createdAt(), token.lastUsedAt(),
					token.expiresAt());
		}

	}

	record CreatedTokenView(long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
			String token) {
	}

}
