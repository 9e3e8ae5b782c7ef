package no.samtale.analytics.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import no.samtale.channels.InboundHiddenChanged;
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
 * the issue asks), and the event publication registry redelivers what a crash interrupted. The citizens' messages
 * are not among them: one listener transaction (and publication row) per message cost a third more CPU per stored
 * message, so {@link InboxFollower} counts them in batches from the inbox's feed instead (docs/analytics.md,
 * "Intake").
 * <p>
 * {@code samtale.analytics.intake=false} leaves the listeners and the follower out altogether (no event publications
 * for them either), so {@code bench/analytics-scale.sh} can measure what counting adds to storing a message. Figures
 * stop while it is off; it is not meant for production.
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

	/**
	 * Only what the inbox's feed does not tell ({@link InboxFollower}): closes, and the changes advisors and replies
	 * make. A NEW conversation is one a citizen just wrote in (or an advisor put back in the queue, which is no
	 * reopening: a closed one becomes IN_PROGRESS), and the follower counts it from its message; the condition keeps
	 * those events from being stored for this listener at all, which was a publication row and a transaction per
	 * citizen's message.
	 */
	@ApplicationModuleListener(condition = "#changed.status() != T(no.samtale.inbox.ConversationStatus).NEW")
	void on(ConversationChanged changed) {
		conversations.count(changed);
	}

	/** As {@link #on(ConversationChanged)}; the inbox's bulk threading publishes these NEW, so they are left out. */
	@Async(BulkWork.EXECUTOR)
	@TransactionalEventListener(condition = "#changed.status() != T(no.samtale.inbox.ConversationStatus).NEW")
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
