package no.samtale.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.awaitility.Awaitility;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running application: one Spring context for the whole suite, served on a
 * random port over real HTTP, on the database chosen by {@code -Dsamtale.test.database} (h2 or postgresql), with
 * the demo organisation loaded and OIDC pointed at a mock-oauth2-server. Each run starts from an empty schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ IntegrationTest.CleanDatabase.class, FlakyListener.class })
public abstract class IntegrationTest {

	public static final String OIDC_CLIENT_ID = "samtale-test";

	public static final MockOAuth2Server OIDC = startOidc();

	/** Plays Meta's Graph API for the Meta connector; tests stub what they need on paths of their own. */
	public static final WireMockServer GRAPH = startGraph();

	public static final String META_APP_SECRET = "test-app-secret";

	public static final String META_VERIFY_TOKEN = "test-verify-token";

	public static final String METRICS_TOKEN = "test-metrics-token";

	public static final String X_CONSUMER_SECRET = "test-x-consumer-secret";

	public static final String LINKEDIN_CLIENT_SECRET = "test-linkedin-client-secret";

	static {
		// Awaitility first looks after one poll interval (100 ms) unless told otherwise. Most of what the suite waits
		// for (a listener after a commit, an index update) holds at once or within tens of milliseconds, and the suite
		// waits well over a thousand times: look at once, then every 50 ms.
		Awaitility.setDefaultPollDelay(Duration.ZERO);
		Awaitility.setDefaultPollInterval(Duration.ofMillis(50));
	}

	@LocalServerPort
	protected int port;

	@Autowired
	private TestDatabase database;

	protected Api api() {
		return new Api("http://localhost:" + port);
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		TestDatabase.configure(registry);
		// Hikari's shortest max lifetime: connections are renewed many times during the suite, as over days in
		// production, so a fault that shows only on a renewed connection shows here.
		registry.add("spring.datasource.hikari.max-lifetime", () -> "30000");
		Path dataDir = Files.createTempDirectory("samtale-test-data");
		registry.add("samtale.data-dir", dataDir::toString);
		registry.add("samtale.demo", () -> "true");
		registry.add("samtale.oidc.issuer-uri", () -> OIDC.issuerUrl("entra").toString());
		registry.add("samtale.oidc.client-id", () -> OIDC_CLIENT_ID);
		registry.add("samtale.oidc.client-secret", () -> "secret");
		registry.add("samtale.oidc.group-roles", () -> "ADVISOR=group-veiledere;ADMIN=group-admin,group-it");
		registry.add("samtale.meta.graph-url", GRAPH::baseUrl);
		registry.add("samtale.public-url", () -> "https://samtale.test");
		// The archive's live journaling talks to a fake Noark 5 service on the same WireMock, under a path of its own.
		registry.add("samtale.archive.noark.base-url", () -> GRAPH.baseUrl() + "/noark5");
		registry.add("samtale.meta.app-secret", () -> META_APP_SECRET);
		// X and LinkedIn on the same WireMock, under paths of their own; an answer slower than 3 s counts as none.
		registry.add("samtale.x.api-url", () -> GRAPH.baseUrl() + "/x/2");
		registry.add("samtale.x.consumer-secret", () -> X_CONSUMER_SECRET);
		registry.add("samtale.x.timeout", () -> "PT3S");
		registry.add("samtale.linkedin.api-url", () -> GRAPH.baseUrl() + "/linkedin/rest");
		registry.add("samtale.linkedin.client-secret", () -> LINKEDIN_CLIENT_SECRET);
		registry.add("samtale.linkedin.timeout", () -> "PT3S");
		// YouTube is a Google app of its own on the same WireMock; a short timeout makes the slow answer quick to test.
		registry.add("samtale.youtube.api-url", () -> GRAPH.baseUrl() + "/youtube/v3");
		registry.add("samtale.youtube.token-url", () -> GRAPH.baseUrl() + "/youtube/token");
		registry.add("samtale.youtube.client-id", () -> "test-youtube-client");
		registry.add("samtale.youtube.client-secret", () -> "test-youtube-secret");
		registry.add("samtale.youtube.timeout", () -> "PT2S");
		// A video's bytes as slow as any other answer, and its read-back a second later, not a minute.
		registry.add("samtale.youtube.upload-timeout", () -> "PT2S");
		registry.add("samtale.youtube.upload-listed-after", () -> "PT1S");
		// Small enough that a test sends a video over the limit in a moment.
		registry.add("samtale.publishing.max-video-size", () -> "1MB");
		registry.add("samtale.meta.verify-token", () -> META_VERIFY_TOKEN);
		registry.add("samtale.secret-key", () -> "test-secret-key-for-page-tokens");
		// As behind a proxy: forwarded headers from the loopback are trusted, so each test client (Api) has an address
		// of its own and a test can say a request came over TLS.
		registry.add("server.forward-headers-strategy", () -> "native");
		// The limits the suite relies on, as in production: tests that meet them send from an address of their own.
		registry.add("samtale.rate-limits.privacy-scan", () -> "120/1m");
		registry.add("samtale.rate-limits.chat-session", () -> "20/1h");
		registry.add("samtale.rate-limits.chat-message", () -> "30/1m");
		registry.add("samtale.rate-limits.chat-message-address", () -> "120/1m");
		registry.add("samtale.rate-limits.login-address", () -> "30/5m");
		registry.add("samtale.rate-limits.login-username", () -> "20/15m");
		registry.add("samtale.rate-limits.suggestion-use", () -> "30/1m");
		registry.add("samtale.metrics-token", () -> METRICS_TOKEN);
		// Recurring background work (retention, SLA warnings, Meta checks, sweeps, monthly reports) is started by each
		// test that needs it, by calling its work directly: left running on its own clock it would change the data
		// other tests read. The soak (bench/soak.sh) runs the jar with them on.
		registry.add("samtale.background.recurring-tasks", () -> "false");
		// Work due at a set time (a post published in two seconds, a retry after its backoff) starts within a quarter
		// of a second instead of the production 2 s: the suite waits for such work dozens of times.
		registry.add("samtale.background.polling-interval", () -> "PT0.25S");
		// A quiet stream is sent a comment after a second instead of 20 s, so SseHeartbeatIntegrationTests need not
		// wait; the other tests' stream readers skip comments, as browsers do.
		registry.add("samtale.sse.heartbeat-after", () -> "PT1S");
	}

	private static MockOAuth2Server startOidc() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
		return server;
	}

	private static WireMockServer startGraph() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	/** Tests share one database; starting from an empty schema keeps a rerun from seeing the last run's rows. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CleanDatabase {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return (Flyway flyway) -> {
				flyway.clean();
				flyway.migrate();
			};
		}

		@Bean
		TestDatabase testDatabase() {
			return new TestDatabase();
		}

	}

}
