package no.samtale.search.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import no.samtale.platform.RateLimitedPath;

/** What the search module limits at the edge. */
@Configuration(proxyBeanMethods = false)
class SearchEdge {

	/**
	 * Uses lift documents in everyone's ranking: one person inserts a suggestion every few seconds at most, and a
	 * client that records faster is not one. The lift itself is bounded ({@link UsePrior}); this keeps the table small.
	 */
	@Bean
	RateLimitedPath suggestionUseLimit() {
		return RateLimitedPath.perCaller("suggestion-use", HttpMethod.POST, "/api/v1/search/suggestion-uses");
	}

}
