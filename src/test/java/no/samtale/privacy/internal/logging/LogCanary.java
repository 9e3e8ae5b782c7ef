package no.samtale.privacy.internal.logging;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.samtale.support.IntegrationTest;

/**
 * Logs a made-up identity number through the application's own logging set-up (the Spring context is running, so
 * logback-spring.xml is in force). {@link LogLeakTests} then finds its masked form and no raw number.
 */
class LogCanary extends IntegrationTest {

	static final String NATIONAL_ID = "15088510140";

	static final String MESSAGE = "Log canary for the privacy scan: fnr ";

	static final String MASKED = MESSAGE + "•••••••••••";

	private static final Logger log = LoggerFactory.getLogger(LogCanary.class);

	@Test
	void aLoggedIdentityNumberIsWrittenMasked() {
		log.info(MESSAGE + "{}", NATIONAL_ID);
	}

}
