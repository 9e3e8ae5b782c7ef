package no.samtale.platform.internal;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Spring MVC's request mapping with {@link LiteralPrefixMapping}'s first test, configured otherwise as Boot does. */
@Configuration(proxyBeanMethods = false)
class FastMappingConfiguration {

	@Bean
	WebMvcRegistrations literalPrefixMapping() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new LiteralPrefixMapping();
			}

		};
	}

}
