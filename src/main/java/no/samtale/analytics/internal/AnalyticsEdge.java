package no.samtale.analytics.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import no.samtale.platform.PublicPaths;
import no.samtale.platform.RateLimitedPath;

/** Citizens answer public surveys with no login and no cookie; answers are capped per address. */
@Configuration(proxyBeanMethods = false)
class AnalyticsEdge {

	@Bean
	PublicPaths publicSurveysAreOpen() {
		return PublicPaths.sessionless("/api/v1/public/surveys/**", "/api/v1/public/satisfaction/**");
	}

	@Bean
	RateLimitedPath surveyAnswersPerAddress() {
		return RateLimitedPath.perAddress("survey-answer", HttpMethod.POST, "/api/v1/public/surveys/{token}/responses");
	}

}
