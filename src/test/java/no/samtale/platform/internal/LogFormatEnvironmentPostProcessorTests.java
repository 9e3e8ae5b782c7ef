package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatEnvironmentPostProcessorTests {

	@Test
	void jsonSwitchesTheConsoleToStructuredLogstashLogs() {
		MockEnvironment environment = new MockEnvironment().withProperty("SAMTALE_LOG_FORMAT", "json");

		new LogFormatEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
	}

	@Test
	void withoutItLogsStayPlainText() {
		MockEnvironment environment = new MockEnvironment();

		new LogFormatEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isNull();
	}

}
