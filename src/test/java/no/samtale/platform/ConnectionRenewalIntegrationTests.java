package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * The pool renews its connections (after Hikari's max lifetime, 30 minutes by default and 30 seconds in this suite).
 * H2 2.4.240 then failed every CHECK (... IN ...) constraint with "database has been closed", because the constraint
 * still pointed at the connection that created the schema: the embedded default broke about 25 minutes after start.
 * Here every connection is retired at once and the paths that broke must still work.
 */
@AlsoOnTheEmbeddedDatabase
class ConnectionRenewalIntegrationTests extends IntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void inboxAndForumStillWorkAfterThePoolHasRenewedEveryConnection() throws Exception {
		Api advisor = api().asDemo("veileder1");
		long conversation = advisor.get("/api/v1/inbox/conversations").json().path("items").get(0).path("id").asLong();

		dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

		// Opening a conversation writes the access log, whose action is a CHECK (... IN ...) column.
		Api.Response opened = advisor.get("/api/v1/inbox/conversations/" + conversation);
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		Api.Response discussion = api().asDemo("ansatt").get("/api/v1/discussions/1");
		assertThat(discussion.status()).as(discussion.body()).isEqualTo(200);
		JsonNode spaces = api().asDemo("ansatt").get("/api/v1/spaces").json().path("items");
		long space = spaces.get(0).path("id").asLong();
		Api.Response asked = api().asDemo("ansatt").post("/api/v1/spaces/" + space + "/discussions", """
				{"title": "Etter fornyede tilkoblinger", "body": "Virker alt fortsatt?", "question": true}
				""");
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
	}

}
