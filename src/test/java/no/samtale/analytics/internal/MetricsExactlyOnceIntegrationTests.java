package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.InboundBatchReceived;
import no.samtale.channels.InboundReceived;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundSent;
import no.samtale.channels.Visibility;
import no.samtale.support.IntegrationTest;

/**
 * An event delivered twice (a redelivery after a crash, a retried listener) counts once: the listener claims the
 * event's key in the same transaction as the count.
 */
class MetricsExactlyOnceIntegrationTests extends IntegrationTest {

	@Autowired
	MetricsCounting counting;

	@Autowired
	AccountDayStore store;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aRedeliveredEventCountsOnce() {
		long account = 900_000 + ThreadLocalRandom.current().nextInt(100_000);
		LocalDate day = LocalDate.of(2001, 2, 3);
		var at = day.atTime(23, 30).atZone(ZoneId.of("Europe/Oslo")).toInstant();
		long inbound = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
		InboundReceived comment = new InboundReceived(inbound, account, Visibility.PUBLIC, at);
		InboundReceived message = new InboundReceived(inbound + 1, account, Visibility.PRIVATE, at);
		OutboundSent reply = new OutboundSent(inbound, "k-" + inbound, "x", account, OutboundAction.REPLY, at);

		counting.count(comment);
		counting.count(comment);
		counting.count(message);
		counting.count(reply);
		counting.count(reply);
		counting.count(message);

		var days = store.between(account, day, day);
		assertThat(days).hasSize(1);
		assertThat(days.get(0).comments()).isEqualTo(1);
		assertThat(days.get(0).privateMessages()).isEqualTo(1);
		assertThat(days.get(0).repliesSent()).isEqualTo(1);
		assertThat(store.between(account, day.plusDays(1), day.plusDays(1))).as("23:30 in Oslo is that day").isEmpty();
	}

	@Test
	void aBatchCountsEachMessageOnceAlsoWhenItIsDeliveredAgainOrOneOfItsMessagesWasCountedAlone() {
		long account = 900_000 + ThreadLocalRandom.current().nextInt(100_000);
		LocalDate day = LocalDate.of(2001, 3, 4);
		var at = day.atTime(12, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
		long first = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
		InboundBatchReceived comments = new InboundBatchReceived(account, Visibility.PUBLIC, at,
				List.of(first, first + 1, first + 2));
		InboundBatchReceived messages = new InboundBatchReceived(account, Visibility.PRIVATE, at, List.of(first + 3));
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		counting.count(new InboundReceived(first + 1, account, Visibility.PUBLIC, at));
		transaction.executeWithoutResult(status -> counting.countAll(comments.each()));
		transaction.executeWithoutResult(status -> counting.countAll(comments.each()));
		transaction.executeWithoutResult(status -> counting.countAll(messages.each()));

		var days = store.between(account, day, day);
		assertThat(days).hasSize(1);
		assertThat(days.get(0).comments()).isEqualTo(3);
		assertThat(days.get(0).privateMessages()).isEqualTo(1);
	}

}
