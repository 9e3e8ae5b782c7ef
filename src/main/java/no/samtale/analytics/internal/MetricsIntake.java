package no.samtale.analytics.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import no.samtale.channels.InboundBatchReceived;
import no.samtale.channels.InboundHiddenChanged;
import no.samtale.channels.InboundReceived;
import no.samtale.channels.OutboundSent;
import no.samtale.dialogue.DiscussionStarted;
import no.samtale.dialogue.MessagePosted;
import no.samtale.forum.AnswerVerified;
import no.samtale.forum.EscalationAnswered;
import no.samtale.forum.EscalationRaised;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ConversationsChanged;
import no.samtale.inbox.ReplyDelivered;
import no.samtale.platform.BulkWork;

/**
 * Writes the metrics store as the other modules' events happen: each listener runs after the event's transaction
 * committed, in a transaction of its own, within a second or so (so today's figures are current within the minute
 * the issue asks), and the event publication registry redelivers what a crash interrupted.
 * <p>
 * {@code samtale.analytics.intake=false} leaves the listeners out altogether (no event publications for them either),
 * so {@code bench/analytics-scale.sh} can measure what counting adds to storing a message. Figures stop while it is
 * off; it is not meant for production.
 */
@Component
@ConditionalOnProperty(name = "samtale.analytics.intake", havingValue = "true", matchIfMissing = true)
class MetricsIntake {

	private final MetricsCounting counting;

	private final ForumCounting forum;

	private final ConversationFacts conversations;

	private final BulkWork bulk;

	MetricsIntake(MetricsCounting counting, ForumCounting forum, ConversationFacts conversations, BulkWork bulk) {
		this.bulk = bulk;
		this.counting = counting;
		this.forum = forum;
		this.conversations = conversations;
	}

	@ApplicationModuleListener
	void on(ConversationChanged changed) {
		conversations.count(changed);
	}

	@ApplicationModuleListener
	void on(InboundReceived received) {
		counting.count(received);
	}

	/** A batch in one transaction, in the bounded share of the database that bulk work has ({@link BulkWork}). */
	@Async(BulkWork.EXECUTOR)
	@TransactionalEventListener
	void on(InboundBatchReceived batch) {
		bulk.inTransaction(() -> counting.countAll(batch.each()));
	}

	@Async(BulkWork.EXECUTOR)
	@TransactionalEventListener
	void on(ConversationsChanged changed) {
		bulk.inTransaction(() -> conversations.countAll(changed.each()));
	}

	@ApplicationModuleListener
	void on(OutboundSent sent) {
		counting.count(sent);
	}

	@ApplicationModuleListener
	void on(InboundHiddenChanged changed) {
		counting.count(changed);
	}

	@ApplicationModuleListener
	void on(ReplyDelivered delivered) {
		counting.count(delivered);
	}

	@ApplicationModuleListener
	void on(MessagePosted posted) {
		forum.count(posted);
	}

	@ApplicationModuleListener
	void on(DiscussionStarted started) {
		forum.count(started);
	}

	@ApplicationModuleListener
	void on(AnswerVerified verified) {
		forum.count(verified);
	}

	@ApplicationModuleListener
	void on(EscalationRaised raised) {
		forum.count(raised);
	}

	@ApplicationModuleListener
	void on(EscalationAnswered answered) {
		forum.count(answered);
	}

}
