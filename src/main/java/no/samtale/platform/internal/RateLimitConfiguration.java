package no.samtale.platform.internal;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;

import no.samtale.platform.RateLimitedPath;

/**
 * Rate limits ({@code samtale.rate-limits.*}): in PostgreSQL when the application runs on it, so that every node
 * counts together, else in this process. Every declared limit must be configured, so a module cannot add a limit
 * that silently does nothing.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RateLimiter rateLimiter(Environment environment, DataSource dataSource, List<RateLimitedPath> declared) {
		Map<String, String> configured = Binder.get(environment)
			.bind("samtale.rate-limits", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		for (RateLimitedPath path : declared) {
			if (!configured.containsKey(path.limit())) {
				throw new IllegalStateException("samtale.rate-limits." + path.limit() + " is not configured");
			}
		}
		boolean postgres = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
		return new RateLimiter(configured, postgres ? new DatabaseBucketStore(dataSource) : new LocalBucketStore());
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(List<RateLimitedPath> declared, RateLimiter limiter,
			ProblemWriter problems) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(declared, limiter, problems));
		// Right after Spring Security: the caller is known, and refused requests have been answered.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	IdleBuckets idleBuckets(RateLimiter limiter) {
		return new IdleBuckets(limiter);
	}

	/** Each node sweeps now and then; on PostgreSQL rows locked by another node's sweep are skipped. */
	static final class IdleBuckets {

		private final RateLimiter limiter;

		IdleBuckets(RateLimiter limiter) {
			this.limiter = limiter;
		}

		@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
		void forget() {
			limiter.forgetIdle();
		}

	}

}
