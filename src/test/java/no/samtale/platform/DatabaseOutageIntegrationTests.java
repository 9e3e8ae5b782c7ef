package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * While no database connection can be had, readiness says DOWN and a request that needs the database is answered
 * 503 problem JSON with Retry-After within a few seconds, not held and not 500; once connections are back, all is
 * well again by itself. The outage is played by holding every connection of the pool (the same wait, then the same
 * exception, as a database that does not answer), in the suite's one application context.
 */
class DatabaseOutageIntegrationTests extends IntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void onPostgresqlTheDriverGivesUpConnectingAndReadingInSeconds() throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getConnectionTimeout()).isLessThanOrEqualTo(3_000);
		if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3")
				.containsEntry("socketTimeout", "30")
				.containsEntry("tcpKeepAlive", "true");
		}
		else {
			assertThat(pool.getDataSourceProperties()).as("H2 refuses settings it does not know").isEmpty();
		}
	}

	@Test
	void withoutTheDatabaseReadinessIsDownAndRequestsGetAQuick503ThenAllRecovers() throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<Connection> held = new ArrayList<>();
		Api.Response ready;
		Api.Response request;
		long took;
		try {
			while (held.size() < pool.getMaximumPoolSize()) {
				held.add(pool.getConnection());
			}
			ready = api().getAny("/actuator/health/readiness");
			long start = System.nanoTime();
			request = api().asDemo("veileder1").get("/api/v1/me");
			took = Duration.ofNanos(System.nanoTime() - start).toMillis();
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
		assertThat(ready.status()).isEqualTo(503);
		assertThat(request.status()).as(request.body()).isEqualTo(503);
		assertThat(request.problemType()).isEqualTo("urn:samtale:problem:unavailable");
		assertThat(request.header("Retry-After")).isNotNull();
		assertThat(took).as("answered within the pool's wait and a little").isLessThan(8_000);

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(api().getAny("/actuator/health/readiness").status()).isEqualTo(200));
		assertThat(api().asDemo("veileder1").get("/api/v1/me").status()).isEqualTo(200);
	}

}
