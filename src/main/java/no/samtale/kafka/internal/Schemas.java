package no.samtale.kafka.internal;

import java.time.Instant;
import java.time.LocalDate;

import no.samtale.channels.Visibility;

/**
 * The {@code data} of each event type, version 1 (docs/kafka.md). Ids and non-personal facts only: no text, no
 * names, and no ids of people (a consumer that needs who did it asks the API with rights of its own).
 */
final class Schemas {

	private Schemas() {
	}

	/** {@code inbox.message-received}: a citizen's message was filed into its conversation. */
	record MessageReceivedV1(long conversationId, long teamId, long accountId, long inboundId, Visibility kind,
			Instant receivedAt) {
	}

	/** {@code inbox.reply-sent}: an advisor's reply reached its platform. */
	record ReplySentV1(long conversationId, long teamId, long accountId, long replyId, boolean publicReply,
			Instant waitingSince, Instant submittedAt, Instant approvedAt, Instant sentAt) {
	}

	/** {@code publishing.post-published}: a planned post is out on its platform. */
	record PostPublishedV1(long postId, long accountId, long teamId, Instant publishedAt) {
	}

	/** {@code forum.answer-verified}: a moderator quality-assured a message as a discussion's answer. */
	record AnswerVerifiedV1(long discussionId, long messageId, Instant verifiedAt) {
	}

	/** {@code forum.escalation-raised}: a question of principle was lifted to a department. */
	record EscalationRaisedV1(long escalationId, long discussionId, long spaceId, long departmentId, LocalDate deadline,
			Instant raisedAt) {
	}

	/** {@code forum.escalation-answered}: the department answered; the answer is message {@code messageId}. */
	record EscalationAnsweredV1(long escalationId, long discussionId, long spaceId, long messageId, Instant answeredAt) {
	}

}
