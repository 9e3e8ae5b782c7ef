package no.samtale.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

import no.samtale.analytics.internal.AccountDayStore.Counter;
import no.samtale.channels.InboundHiddenChanged;
import no.samtale.channels.InboundReceived;
import no.samtale.channels.OutboundSent;
import no.samtale.channels.Visibility;
import no.samtale.inbox.ReplyDelivered;

/**
 * Counts one event into the metrics store, at most once: the event's key is claimed in the same transaction as the
 * count, so a redelivery after a crash (or a retried listener) changes nothing. A comment is counted on the
 * Norwegian day it reached Samtale. {@link MetricsIntake} calls it as the events happen.
 */
@Component
class MetricsCounting {

	private final AccountDayStore days;

	private final ReplyFacts replies;

	MetricsCounting(AccountDayStore days, ReplyFacts replies) {
		this.days = days;
		this.replies = replies;
	}

	@Transactional
	void count(InboundReceived received) {
		if (!days.claim("inbound:" + received.inboundId())) {
			return;
		}
		Instant at = received.receivedAt() == null ? Instant.now() : received.receivedAt();
		days.add(received.accountId(), Oslo.dayOf(at),
				received.kind() == Visibility.PRIVATE ? Counter.PRIVATE_MESSAGES : Counter.COMMENTS, 1);
	}

	/**
	 * Counts a batch of new messages as {@link #count(InboundReceived)} counts each: keys claimed together, and one
	 * increment per account, day and counter. Call inside a transaction.
	 */
	void countAll(List<InboundReceived> received) {
		Set<String> fresh = days.claimAll(received.stream().map(one -> "inbound:" + one.inboundId()).toList());
		record Cell(long accountId, LocalDate day, Counter counter) {
		}
		Map<Cell, Integer> sums = new LinkedHashMap<>();
		for (InboundReceived one : received) {
			if (fresh.contains("inbound:" + one.inboundId())) {
				Instant at = one.receivedAt() == null ? Instant.now() : one.receivedAt();
				sums.merge(new Cell(one.accountId(), Oslo.dayOf(at),
						one.kind() == Visibility.PRIVATE ? Counter.PRIVATE_MESSAGES : Counter.COMMENTS), 1, Integer::sum);
			}
		}
		sums.forEach((cell, n) -> days.add(cell.accountId(), cell.day(), cell.counter(), n));
	}

	@Transactional
	void count(OutboundSent sent) {
		if (sent.action() == null) {
			return;
		}
		Counter counter = switch (sent.action()) {
			case PUBLISH, SCHEDULE -> Counter.POSTS;
			case REPLY, REPLY_PRIVATELY, MESSAGE -> Counter.REPLIES_SENT;
			case HIDE, UNHIDE, DELETE -> null;
		};
		if (counter == null || !days.claim("outbound:" + sent.outboxId())) {
			return;
		}
		Instant at = sent.sentAt() == null ? Instant.now() : sent.sentAt();
		days.add(sent.accountId(), Oslo.dayOf(at), counter, 1);
	}

	/** A comment hidden as personal data counts once on the day it was hidden, however often it is toggled. */
	@Transactional
	void count(InboundHiddenChanged changed) {
		if (!changed.hidden()) {
			return;
		}
		var today = Oslo.today();
		if (days.claim("hidden:" + changed.inboundId() + ":" + today)) {
			days.add(changed.accountId(), today, Counter.HIDDEN_COMMENTS, 1);
		}
	}

	@Transactional
	void count(ReplyDelivered delivered) {
		if (!days.claim("reply:" + delivered.replyId())) {
			return;
		}
		Long firstResponse = delivered.waitingSince() == null ? null
				: seconds(delivered.waitingSince(), delivered.sentAt());
		Long approvalWait = delivered.submittedAt() == null || delivered.approvedAt() == null ? null
				: seconds(delivered.submittedAt(), delivered.approvedAt());
		replies.add(new ReplyFacts.Fact(delivered.replyId(), delivered.teamId(), delivered.accountId(),
				delivered.authorId(), Oslo.dayOf(delivered.sentAt()), delivered.sentAt(), firstResponse, approvalWait));
	}

	private static long seconds(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toSeconds());
	}

}
