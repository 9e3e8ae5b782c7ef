package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

	@Test
	void requestsThatMissAtOnceWaitForOneLoad() throws Exception {
		ExpiringCache<String, String> shared = new ExpiringCache<>(Duration.ofSeconds(10), 10);
		AtomicInteger sharedLoads = new AtomicInteger();
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService askers = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(askers.submit(() -> shared.get("team", key -> {
					sharedLoads.incrementAndGet();
					loading.countDown();
					await(release);
					return "figures";
				})));
			}
			loading.await();
			// The other seven ask while the first load is under way (a late one finds the value cached: one load still).
			Thread.sleep(200);
			release.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get()).isEqualTo("figures");
			}
			assertThat(sharedLoads).hasValue(1);
		}
		finally {
			askers.shutdownNow();
		}
	}

	@Test
	void aValueEvictedWhileItLoadsIsNotKept() throws Exception {
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService asker = Executors.newSingleThreadExecutor();
		try {
			Future<String> before = asker.submit(() -> cache.get("a", key -> {
				loading.countDown();
				await(release);
				return "read before the change";
			}));
			loading.await();
			cache.evict("a");
			release.countDown();
			assertThat(before.get()).isEqualTo("read before the change");

			assertThat(cache.get("a", this::load)).isEqualTo("A");
		}
		finally {
			asker.shutdownNow();
		}
	}

	@Test
	void whenTheLoadFailsThoseWaitingFailAndTheNextAskLoadsAgain() {
		assertThatThrownBy(() -> cache.get("a", key -> {
			throw new IllegalStateException("database away");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(cache.get("a", this::load)).isEqualTo("A");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
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
