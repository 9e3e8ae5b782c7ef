package no.samtale.guide.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samtale.platform.PublicPaths;

/**
 * Citizens use the guide with no login, and the page and its API are served with no session and no cookie at all:
 * the count of their use is all the guide keeps.
 */
@Configuration(proxyBeanMethods = false)
class GuideEdge {

	@Bean
	PublicPaths theGuideIsOpen() {
		return PublicPaths.sessionless("/api/v1/public/guide", "/veiviser", "/veiviser/videre");
	}

}
