package no.samtale.platform.internal;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Buckets in PostgreSQL (table {@code platform_rate_limit}), so that several nodes behind one load balancer count
 * one client together: each request locks its bucket's row for one short transaction. A row is kept a minute after
 * its bucket would be full again, then removed. Keys are hashes, so no address is stored.
 */
final class DatabaseBucketStore implements BucketStore {

	private final PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets;

	DatabaseBucketStore(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("platform_rate_limit")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	@Override
	public ConsumptionProbe consume(long key, BucketConfiguration configuration) {
		return buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
	}

	@Override
	public void refund(long key, BucketConfiguration configuration) {
		buckets.builder().build(key, () -> configuration).addTokens(1);
	}

	@Override
	public void forgetIdle() {
		while (buckets.removeExpired(1000) == 1000) {
			// A large backlog goes in batches, each its own short statement.
		}
	}

}
