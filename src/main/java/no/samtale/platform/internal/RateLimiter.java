package no.samtale.platform.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.samtale.platform.RateLimits;

/**
 * The configured limits over a {@link BucketStore}. A bucket's key is a hash of the limit's name and the client, so
 * neither addresses nor usernames are stored. When the store cannot be reached (a database outage) requests are let
 * through: the request itself then fails or succeeds on its own, and a limit never turns an outage into a refusal.
 */
final class RateLimiter implements RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private final Map<String, BucketConfiguration> limits = new HashMap<>();

	private final BucketStore store;

	private final AtomicLong lastWarning = new AtomicLong();

	RateLimiter(Map<String, String> configured, BucketStore store) {
		this.store = store;
		configured.forEach((name, text) -> {
			LimitSpec spec = LimitSpec.parse(name, text);
			if (spec != null) {
				limits.put(name, spec.bucket());
			}
		});
	}

	boolean isOn(String limit) {
		return limits.containsKey(limit);
	}

	@Override
	public Duration consume(String limit, String client) {
		BucketConfiguration configuration = limits.get(limit);
		if (configuration == null) {
			return Duration.ZERO;
		}
		try {
			ConsumptionProbe probe = store.consume(key(limit, client), configuration);
			return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
		}
		catch (RuntimeException e) {
			long now = System.currentTimeMillis();
			long last = lastWarning.get();
			if (now - last > 60_000 && lastWarning.compareAndSet(last, now)) {
				log.warn("Rate limits cannot be counted, requests are let through: {}", e.toString());
			}
			return Duration.ZERO;
		}
	}

	@Override
	public void refund(String limit, String client) {
		BucketConfiguration configuration = limits.get(limit);
		if (configuration != null) {
			try {
				store.refund(key(limit, client), configuration);
			}
			catch (RuntimeException e) {
				log.debug("A rate-limit token was not given back", e);
			}
		}
	}

	void forgetIdle() {
		try {
			store.forgetIdle();
		}
		catch (RuntimeException e) {
			log.debug("Idle rate-limit buckets not removed this time", e);
		}
	}

	static long key(String limit, String client) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(limit.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(client.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(sha.digest()).getLong();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
