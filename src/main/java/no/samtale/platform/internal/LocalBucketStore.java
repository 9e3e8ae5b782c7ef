package no.samtale.platform.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this process, for the embedded H2 database, which only one node can open anyway. Bounded: full buckets
 * are dropped every minute, and a map that still grows past its bound starts over rather than fill the heap.
 */
final class LocalBucketStore implements BucketStore {

	private static final int MAX_BUCKETS = 200_000;

	private record Entry(Bucket bucket, long capacity) {
	}

	private final Map<Long, Entry> buckets = new ConcurrentHashMap<>();

	@Override
	public ConsumptionProbe consume(long key, BucketConfiguration configuration) {
		if (buckets.size() >= MAX_BUCKETS) {
			forgetIdle();
			if (buckets.size() >= MAX_BUCKETS) {
				buckets.clear();
			}
		}
		Entry entry = buckets.computeIfAbsent(key, k -> new Entry(Bucket.builder().addLimit(configuration.getBandwidths()[0]).build(),
				configuration.getBandwidths()[0].getCapacity()));
		return entry.bucket().tryConsumeAndReturnRemaining(1);
	}

	@Override
	public void refund(long key, BucketConfiguration configuration) {
		Entry entry = buckets.get(key);
		if (entry != null) {
			entry.bucket().addTokens(1);
		}
	}

	@Override
	public void forgetIdle() {
		buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.capacity());
	}

}
