package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.Accounts;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** A conversation close to its response target is announced to its team once per waiting period. */
class ResponseDeadlinesIntegrationTests extends IntegrationTest {

	@Autowired
	private ResponseDeadlines deadlines;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aConversationNearItsTargetIsAnnouncedToItsTeamOnce() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, Inbox.SIMULATED);
		long conversation = Inbox.citizenComments(admin, "Når kommer svaret " + TestText.unique() + "?");
		int target = accounts.get(account).responseTargetMinutes();
		Instant now = Instant.now();
		jdbc.sql("update inbox_conversation set waiting_since = :since where id = :id")
			.param("since", Timestamp.from(now.minus(Duration.ofMinutes(target)).plus(Duration.ofMinutes(2))))
			.param("id", conversation)
			.update();

		assertThat(deadlines.warn(now)).isPositive();
		deadlines.warn(now.plusSeconds(60));

		Api member = api().asDemo("veileder2");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(kinds(member, conversation)).containsExactly("RESPONSE_DUE_SOON"));
		assertThat(kinds(api().asDemo("veileder1"), conversation)).containsExactly("RESPONSE_DUE_SOON");
		assertThat(kinds(api().asDemo("veileder4"), conversation)).as("another team").isEmpty();
	}

	@Test
	void theWarningComesAQuarterOfTheTargetAheadWithinBounds() {
		assertThat(ResponseDeadlines.warnAQuarterOfTheTargetAhead(120)).isEqualTo(Duration.ofMinutes(30));
		assertThat(ResponseDeadlines.warnAQuarterOfTheTargetAhead(20)).isEqualTo(Duration.ofMinutes(10));
		assertThat(ResponseDeadlines.warnAQuarterOfTheTargetAhead(24 * 60)).isEqualTo(Duration.ofHours(1));
	}

	private static List<String> kinds(Api reader, long conversation) {
		List<String> kinds = new ArrayList<>();
		for (JsonNode notification : reader.get("/api/v1/notifications?size=100").json().path("items")) {
			if (notification.path("conversationId").asLong() == conversation) {
				kinds.add(notification.path("kind").asString());
			}
		}
		return kinds;
	}

}
