package no.samtale.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.AccountHealthChanged;
import no.samtale.channels.AccountSettings;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.Platform;
import no.samtale.channels.TokenHealth;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;
import no.samtale.teams.Teams;

/**
 * A channel account whose grant ends within a week warns its admins once per end date, however often its health
 * flips; a new end date warns again; a quota running out (which mends itself) tells nobody.
 */
class ChannelNotificationsIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Accounts accounts;

	@Autowired
	Teams teams;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExpiringGrantWarnsTheAdminsOncePerEndDate() {
		long team = teams.all().get(0).id();
		String name = "LinkedIn " + TestText.unique();
		long account = accounts.create(new AccountSettings(Platform.LINKEDIN, name, "test", team,
				ConnectorKind.LINKEDIN, OpeningHours.weekdays("08:00", "16:00"), 60, true));
		long admin = api().asDemo("admin").get("/api/v1/me").json().path("id").asLong();
		Instant end = Instant.now().plus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

		publish(new AccountHealthChanged(account, name, Platform.LINKEDIN, TokenHealth.EXPIRING, end, Instant.now()));
		publish(new AccountHealthChanged(account, name, Platform.LINKEDIN, TokenHealth.QUOTA_EXHAUSTED, end,
				Instant.now()));
		publish(new AccountHealthChanged(account, name, Platform.LINKEDIN, TokenHealth.EXPIRING, end, Instant.now()));
		await().atMost(Duration.ofSeconds(30)).until(() -> count(account, admin, "CONNECTION_EXPIRING") == 1);
		publish(new AccountHealthChanged(account, name, Platform.LINKEDIN, TokenHealth.EXPIRING,
				end.plus(60, ChronoUnit.DAYS), Instant.now()));

		await().atMost(Duration.ofSeconds(30)).until(() -> count(account, admin, "CONNECTION_EXPIRING") == 2);
		// Stays at two: the repeated warning for the first end date never makes a third.
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
			.until(() -> count(account, admin, "CONNECTION_EXPIRING") == 2);
		assertThat(jdbc.sql("select count(*) from notifications_notification where account_id = :account "
				+ "and kind not like 'CONNECTION_EXPIRING'").param("account", account).query(Long.class).single())
			.isZero();
		assertThat(api().asDemo("admin").get("/api/v1/notifications?size=50").body()).contains(name);
	}

	private void publish(AccountHealthChanged changed) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(changed));
	}

	private long count(long account, long admin, String kind) {
		return jdbc.sql("""
				select count(*) from notifications_notification
				where account_id = :account and recipient_id = :admin and kind = :kind
				""").param("account", account).param("admin", admin).param("kind", kind).query(Long.class).single();
	}

}
