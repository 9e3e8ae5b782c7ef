package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LimitSpecTests {

	@Test
	void aLimitIsRequestsPerPeriod() {
		assertThat(LimitSpec.parse("scan", "60/1m")).isEqualTo(new LimitSpec(60, Duration.ofMinutes(1)));
		assertThat(LimitSpec.parse("scan", " 10 / PT10M ")).isEqualTo(new LimitSpec(10, Duration.ofMinutes(10)));
	}

	@Test
	void offOrEmptyMeansNoLimit() {
		assertThat(LimitSpec.parse("scan", "off")).isNull();
		assertThat(LimitSpec.parse("scan", "")).isNull();
	}

	@Test
	void aWrongLimitNamesItsProperty() {
		assertThatThrownBy(() -> LimitSpec.parse("scan", "60")).hasMessageContaining("samtale.rate-limits.scan");
		assertThatThrownBy(() -> LimitSpec.parse("scan", "0/1m")).hasMessageContaining("samtale.rate-limits.scan");
		assertThatThrownBy(() -> LimitSpec.parse("scan", "5/soon")).hasMessageContaining("samtale.rate-limits.scan");
	}

	@Test
	void aLocalBucketRefusesOverTheLimitAndSaysHowLongToWait() {
		RateLimiter limiter = new RateLimiter(java.util.Map.of("scan", "3/1m"), new LocalBucketStore());
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.consume("scan", "a")).isZero();
		}
		assertThat(limiter.consume("scan", "a")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
		assertThat(limiter.consume("scan", "b")).isZero();
		limiter.refund("scan", "a");
		assertThat(limiter.consume("scan", "a")).isZero();
		assertThat(limiter.consume("unknown", "a")).as("an unconfigured limit is off").isZero();
	}

	@Test
	void onlyNulAndLoneSurrogatesAreForbiddenCharacters() {
		assertThat(StrictJson.firstForbiddenChar("hei \ud83d\ude00 æøå \u202e")).isEqualTo(-1);
		assertThat(StrictJson.firstForbiddenChar("a\u0000")).isEqualTo(1);
		assertThat(StrictJson.firstForbiddenChar("ab\ud800")).isEqualTo(2);
		assertThat(StrictJson.firstForbiddenChar("\ude00b")).isZero();
	}

}
