package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundSent;
import no.samtale.support.IntegrationTest;

/**
 * An event delivered twice (a redelivery after a crash, a retried listener) counts once: the listener claims the
 * event's key in the same transaction as the count. (The citizens' messages are counted from the inbox's feed
 * instead; {@link InboxFollowingIntegrationTests} proves that once.)
 */
class MetricsExactlyOnceIntegrationTests extends IntegrationTest {

	@Autowired
	MetricsCounting counting;

	@Autowired
	AccountDayStore store;

	@Test
	void aRedeliveredEventCountsOnce() {
		long account = 900_000 + ThreadLocalRandom.current().nextInt(100_000);
		LocalDate day = LocalDate.of(2001, 2, 3);
		var at = day.atTime(23, 30).atZone(ZoneId.of("Europe/Oslo")).toInstant();
		long outbox = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
		OutboundSent reply = new OutboundSent(outbox, "k-" + outbox, "x", account, OutboundAction.REPLY, at);
		OutboundSent post = new OutboundSent(outbox + 1, "k-" + (outbox + 1), "y", account, OutboundAction.PUBLISH, at);

		counting.count(reply);
		counting.count(reply);
		counting.count(post);
		counting.count(post);

		var days = store.between(account, day, day);
		assertThat(days).hasSize(1);
		assertThat(days.get(0).repliesSent()).isEqualTo(1);
		assertThat(days.get(0).posts()).isEqualTo(1);
		assertThat(store.between(account, day.plusDays(1), day.plusDays(1))).as("23:30 in Oslo is that day").isEmpty();
	}

}
