package no.samtale.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

import no.samtale.analytics.internal.AccountDayStore.Counter;
import no.samtale.channels.InboundHiddenChanged;
import no.samtale.channels.OutboundSent;
import no.samtale.channels.Visibility;
import no.samtale.inbox.InboxMessageFeed.Logged;
import no.samtale.inbox.ReplyDelivered;

/**
 * Counts into the metrics store, once each. An event's key is claimed in the same transaction as its count, so a
 * redelivery after a crash (or a retried listener) changes nothing; {@link MetricsIntake} calls it as the events
 * happen. The citizens' messages are counted in batches from the inbox's feed instead ({@link InboxFollowing}),
 * guarded by the follower's cursor. A comment is counted on the Norwegian day it reached Samtale.
 */
@Component
class MetricsCounting {

	private final AccountDayStore days;

	private final ReplyFacts replies;

	MetricsCounting(AccountDayStore days, ReplyFacts replies) {
		this.days = days;
		this.replies = replies;
	}

	/**
	 * Counts the citizens' messages of a follower round ({@link InboxFollowing}): one increment per account, Norwegian
	 * day of arrival and counter. No key is claimed per message: the follower's cursor, moved in the same transaction,
	 * is what keeps a message from being counted twice. Call inside that transaction.
	 */
	void countFollowed(List<Logged> citizens) {
		record Cell(long accountId, LocalDate day, Counter counter) {
		}
		Map<Cell, Integer> sums = new LinkedHashMap<>();
		for (Logged one : citizens) {
			sums.merge(new Cell(one.accountId(), Oslo.dayOf(one.at()),
					one.visibility() == Visibility.PRIVATE ? Counter.PRIVATE_MESSAGES : Counter.COMMENTS), 1, Integer::sum);
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
