package no.samtale.platform.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code SAMTALE_LOG_FORMAT=json} switches console logs to structured JSON (Logstash's shape, which NAIS and most
 * log pipelines read). Runs before logging starts, which is why it is not a plain property in application.yml.
 */
class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty("SAMTALE_LOG_FORMAT", environment.getProperty("samtale.log.format", ""));
		boolean json = "json".equalsIgnoreCase(format.trim());
		if (json) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("samtaleLogFormat", Map.of("logging.structured.format.console", "logstash")));
		}
		// logback-spring.xml picks its console appender by this; Logback reads system properties, not Spring's.
		System.setProperty("samtale.log.appender", json ? "JSON" : "TEXT");
	}

}
