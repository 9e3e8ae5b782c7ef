package no.samtale.platform.internal;

import java.time.Duration;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;

import org.springframework.boot.convert.DurationStyle;

/**
 * A configured rate limit, written {@code <requests>/<period>} ("60/1m", "10/PT10M"): a client may send that many at
 * once and gets them back evenly over the period. {@code off} (or an empty value) means no limit.
 */
record LimitSpec(long requests, Duration period) {

	LimitSpec {
		if (requests < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A rate limit needs at least one request per a positive period");
		}
	}

	/** The limit written in {@code text}, or null when it is off. */
	static LimitSpec parse(String name, String text) {
		if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("off")) {
			return null;
		}
		int slash = text.indexOf('/');
		try {
			if (slash < 1) {
				throw new IllegalArgumentException("no '/'");
			}
			return new LimitSpec(Long.parseLong(text.substring(0, slash).strip()),
					DurationStyle.detectAndParse(text.substring(slash + 1).strip()));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("samtale.rate-limits." + name + " must be like 60/1m or off, not '"
					+ text + "'", e);
		}
	}

	BucketConfiguration bucket() {
		return BucketConfiguration.builder()
			.addLimit(BandwidthBuilder.builder().capacity(requests).refillGreedy(requests, period).build())
			.build();
	}

}
