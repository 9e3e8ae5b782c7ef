package no.samtale.channels.internal.hooks;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samtale.platform.PublicPaths;

/**
 * In demo mode Samtale serves small fakes of X and LinkedIn under {@value #PATHS}, which the demo's accounts call
 * as they would call the platforms, with no login of Samtale's. Off outside demo mode.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samtale.demo", havingValue = "true")
class DemoPlatforms {

	static final String PATHS = "/demo-platforms/**";

	@Bean
	PublicPaths demoPlatformsArePublic() {
		return PublicPaths.sessionless(PATHS);
	}

}
