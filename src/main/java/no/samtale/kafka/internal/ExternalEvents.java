package no.samtale.kafka.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import no.samtale.forum.AnswerVerified;
import no.samtale.forum.EscalationAnswered;
import no.samtale.forum.EscalationRaised;
import no.samtale.inbox.MessageReceived;
import no.samtale.inbox.ReplyDelivered;
import no.samtale.kafka.internal.Schemas.AnswerVerifiedV1;
import no.samtale.kafka.internal.Schemas.EscalationAnsweredV1;
import no.samtale.kafka.internal.Schemas.EscalationRaisedV1;
import no.samtale.kafka.internal.Schemas.MessageReceivedV1;
import no.samtale.kafka.internal.Schemas.PostPublishedV1;
import no.samtale.kafka.internal.Schemas.ReplySentV1;
import no.samtale.publishing.PostPublished;

/**
 * Which module events leave Samtale, on which topic, under which key, as what. One topic per kind of thing, keyed
 * by that thing's id, so the facts of one conversation (or post, or discussion) land in one partition in the order
 * they were sent. Pure: unit-tested without Kafka.
 */
final class ExternalEvents {

	static final int VERSION = 1;

	private final String conversations;

	private final String posts;

	private final String discussions;

	/** @param prefix put before every topic name ({@code samtale.} gives {@code samtale.inbox.conversations}) */
	ExternalEvents(String prefix) {
		this.conversations = prefix + "inbox.conversations";
		this.posts = prefix + "publishing.posts";
		this.discussions = prefix + "forum.discussions";
	}

	/** Whether the event leaves Samtale: decided before anything is stored for it. */
	boolean leaves(Object event) {
		return outgoing(event).isPresent();
	}

	/** The event as it goes to Kafka, or empty for one that stays inside (Java 17: no pattern switch yet). */
	Optional<Outgoing> outgoing(Object event) {
		if (event instanceof MessageReceived e) {
			return out(conversations, e.conversationId(), "inbox.message-received", "" + e.inboundId(), e.receivedAt(),
					new MessageReceivedV1(e.conversationId(), e.teamId(), e.accountId(), e.inboundId(), e.kind(),
							e.receivedAt()));
		}
		if (event instanceof ReplyDelivered e) {
			return out(conversations, e.conversationId(), "inbox.reply-sent", "" + e.replyId(), e.sentAt(),
					new ReplySentV1(e.conversationId(), e.teamId(), e.accountId(), e.replyId(), e.publicReply(),
							e.waitingSince(), e.submittedAt(), e.approvedAt(), e.sentAt()));
		}
		if (event instanceof PostPublished e) {
			return out(posts, e.postId(), "publishing.post-published", "" + e.postId(), e.publishedAt(),
					new PostPublishedV1(e.postId(), e.accountId(), e.teamId(), e.publishedAt()));
		}
		if (event instanceof AnswerVerified e) {
			// A discussion's answer can be verified again later (another message, or the same after a clearing).
			return out(discussions, e.discussionId(), "forum.answer-verified",
					e.discussionId() + ":" + e.messageId() + ":" + e.at(), e.at(),
					new AnswerVerifiedV1(e.discussionId(), e.messageId(), e.at()));
		}
		if (event instanceof EscalationRaised e) {
			return out(discussions, e.discussionId(), "forum.escalation-raised", "" + e.escalationId(), e.at(),
					new EscalationRaisedV1(e.escalationId(), e.discussionId(), e.spaceId(), e.departmentId(),
							e.deadline(), e.at()));
		}
		if (event instanceof EscalationAnswered e) {
			return out(discussions, e.discussionId(), "forum.escalation-answered", "" + e.escalationId(), e.at(),
					new EscalationAnsweredV1(e.escalationId(), e.discussionId(), e.spaceId(), e.messageId(), e.at()));
		}
		return Optional.empty();
	}

	/**
	 * The idempotency key: a name-based UUID of the type and the fact's own identity, so a second send of the same
	 * fact (a retry after a lost acknowledgement, a republication after a restart) carries the same id.
	 */
	static String idOf(String type, String identity) {
		return UUID.nameUUIDFromBytes((type + ":" + identity).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static Optional<Outgoing> out(String topic, long key, String type, String identity, Instant at,
			Object data) {
		Envelope envelope = new Envelope(idOf(type, identity), type, VERSION, 0, at, data);
		return Optional.of(new Outgoing(topic, Long.toString(key), envelope));
	}

}
