package no.samtale.channels.internal.youtube;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.internal.connect.BudgetPolicy;

/**
 * YouTube's quota belongs to the Google Cloud project, not to a channel: every connected channel spends from one
 * budget of 10,000 units a day ({@code SAMTALE_YOUTUBE_DAILY_QUOTA} if Google granted more), reset at midnight
 * Pacific time.
 */
@Component
class YouTubeQuota implements BudgetPolicy {

	static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

	private final YouTubeSettings settings;

	YouTubeQuota(YouTubeSettings settings) {
		this.settings = settings;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.YOUTUBE;
	}

	@Override
	public String key(long accountId) {
		return "YOUTUBE";
	}

	@Override
	public int limit() {
		return settings.dailyQuota();
	}

	@Override
	public Instant nextReset(Instant now) {
		return ZonedDateTime.ofInstant(now, PACIFIC).toLocalDate().plusDays(1).atStartOfDay(PACIFIC).toInstant();
	}

}
