package no.samtale.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Like Keycloak, says loudly when a real installation (demo off) runs on the embedded development database, which
 * is one machine's file and cannot be shared by several nodes.
 */
@Component
class DevelopmentDatabaseWarning {

	private static final Logger log = LoggerFactory.getLogger(DevelopmentDatabaseWarning.class);

	private final Environment environment;

	DevelopmentDatabaseWarning(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnIfEmbeddedDatabaseInProduction() {
		String url = environment.getProperty("spring.datasource.url", "");
		boolean demo = environment.getProperty("samtale.demo", Boolean.class, false);
		if (url.startsWith("jdbc:h2:") && !demo) {
			log.warn("""

					**********************************************************************
					*  Samtale is running on the embedded H2 database ({}).
					*  It is meant for trying Samtale out, not for production: use
					*  PostgreSQL by setting SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD.
					**********************************************************************""", url.split(";")[0]);
		}
	}

}
