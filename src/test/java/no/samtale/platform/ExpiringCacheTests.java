package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ExpiringCacheTests {

	private final MutableClock clock = new MutableClock();

	private final AtomicInteger loads = new AtomicInteger();

	private final ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(10), 2, clock);

	@Test
	void aValueIsLoadedOnceWhileItLives() {
		cache.get("a", this::load);
		cache.get("a", this::load);

		assertThat(loads).hasValue(1);
	}

	@Test
	void anExpiredValueIsLoadedAgain() {
		cache.get("a", this::load);
		clock.advance(Duration.ofSeconds(11));
		cache.get("a", this::load);

		assertThat(loads).hasValue(2);
	}

	@Test
	void anEvictedValueIsLoadedAgain() {
		cache.get("a", this::load);
		cache.evict("a");
		cache.get("a", this::load);

		assertThat(loads).hasValue(2);
	}

	@Test
	void theCacheNeverGrowsPastItsLimit() {
		cache.get("a", this::load);
		cache.get("b", this::load);
		cache.get("c", this::load);
		cache.get("a", this::load);

		assertThat(loads).hasValue(4);
	}

	private String load(String key) {
		loads.incrementAndGet();
		return key.toUpperCase();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-24T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
