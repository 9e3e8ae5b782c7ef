package no.samtale.privacy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import no.samtale.platform.PublicPaths;
import no.samtale.platform.RateLimitedPath;
import no.samtale.privacy.PersonalDataDetector;

/** One detector for the whole application (it is immutable and thread-safe), and its public scan. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	@Bean
	PersonalDataDetector personalDataDetector() {
		return new PersonalDataDetector();
	}

	/** The scan stores nothing and is called from the citizens' chat as they type. */
	@Bean
	PublicPaths scanIsPublic() {
		return PublicPaths.open("/api/v1/privacy/scan");
	}

	/** Per logged-in user, or per address for the chat's citizens: a scan costs CPU in proportion to its text. */
	@Bean
	RateLimitedPath scanRateLimit() {
		return RateLimitedPath.perCaller("privacy-scan", HttpMethod.POST, "/api/v1/privacy/scan");
	}

}
