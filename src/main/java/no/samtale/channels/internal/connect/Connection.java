package no.samtale.channels.internal.connect;

import java.time.Instant;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.TokenHealth;

/**
 * An account's connection to its platform as stored: who it is there ({@code externalId}, e.g. a YouTube channel
 * id), when its tokens end, and its health. The tokens themselves are read through {@link AccessTokens}.
 */
public record Connection(long accountId, ConnectorKind connector, String externalId, String externalName,
		Instant accessExpiresAt, Instant refreshExpiresAt, String scopes, TokenHealth health, String healthDetail,
		Instant healthDate, Instant lastPolledAt, Instant nextPollAt, String lastPollError,
		Instant connectedAt, boolean hasRefreshToken) {

}
