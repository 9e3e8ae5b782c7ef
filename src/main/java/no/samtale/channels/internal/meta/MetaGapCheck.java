package no.samtale.channels.internal.meta;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.AccountState;
import no.samtale.channels.Accounts;
import no.samtale.channels.internal.meta.MetaPages.Page;

/**
 * Backfill after downtime. Meta retries a webhook delivery that failed, but not forever, and not one sent while the
 * callback was misconfigured; so when nothing has arrived for a while ({@code samtale.meta.backfill-after}, 30
 * minutes by default), each active account's recent comments are read from the Graph API since the last time its
 * comments were known to be complete (the later of the last webhook delivery, the last backfill and the
 * connection), less a few minutes of overlap. Deduplication is the intake's: a comment seen both ways arrives once.
 * Runs every 10 minutes and once at start-up ({@link MetaGapCheckTask}).
 */
@Component
class MetaGapCheck {

	/** Read a little before the last known time, so a comment in flight during the gap is not missed. */
	static final Duration OVERLAP = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final MetaPages pages;

	private final MetaConnections connections;

	private final Accounts accounts;

	private final MetaSettings settings;

	private final Duration threshold;

	MetaGapCheck(JdbcClient jdbc, MetaPages pages, MetaConnections connections, Accounts accounts,
			MetaSettings settings, @Value("${samtale.meta.backfill-after:PT30M}") Duration threshold) {
		this.jdbc = jdbc;
		this.pages = pages;
		this.connections = connections;
		this.accounts = accounts;
		this.settings = settings;
		this.threshold = threshold;
	}

	/** Checks every connected account; answers how many were backfilled. */
	int checkAll() {
		if (!settings.configured()) {
			return 0;
		}
		int backfilled = 0;
		for (Page page : pages.all()) {
			if (check(page.accountId(), Instant.now())) {
				backfilled++;
			}
		}
		return backfilled;
	}

	/** Backfills one account if it has a gap as of {@code now}; answers whether it did. */
	boolean check(long accountId, Instant now) {
		Optional<Page> page = pages.of(accountId);
		if (page.isEmpty() || accounts.get(accountId).state() != AccountState.ACTIVE) {
			return false;
		}
		Optional<Instant> since = gapSince(lastDelivery(), page.get(), now, threshold);
		since.ifPresent(from -> connections.backfill(accountId, from));
		return since.isPresent();
	}

	/**
	 * When the account's comments were last known to be complete, less the overlap, if that is longer ago than
	 * the threshold; else empty (no gap).
	 */
	static Optional<Instant> gapSince(Instant lastDelivery, Page page, Instant now, Duration threshold) {
		Instant covered = Stream.of(lastDelivery, page.backfilledUntil(), page.connectedAt())
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElseThrow();
		if (Duration.between(covered, now).compareTo(threshold) <= 0) {
			return Optional.empty();
		}
		return Optional.of(covered.minus(OVERLAP));
	}

	/** The newest webhook delivery's arrival, found by the primary key rather than a scan. */
	private Instant lastDelivery() {
		return jdbc.sql("select received_at from channels_meta_delivery order by id desc limit 1")
			.query((rs, n) -> rs.getTimestamp("received_at").toInstant())
			.optional()
			.orElse(null);
	}

}
