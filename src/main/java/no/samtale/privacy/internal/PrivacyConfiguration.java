package no.samtale.privacy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samtale.privacy.PersonalDataDetector;

/** One detector for the whole application: it is immutable and thread-safe. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	@Bean
	PersonalDataDetector personalDataDetector() {
		return new PersonalDataDetector();
	}

}
