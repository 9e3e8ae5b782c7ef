package no.samtale.notifications.internal;

import java.time.Instant;

/**
 * A notification to store for one event. {@code eventKey} names the event ({@code "MessagePosted:42"}): a person
 * gets one notification per key, however often or by however many paths the event arrives. {@code detail} is what
 * the person who acted wrote for the readers (why a nettprat was cancelled), or null.
 */
record NewNotification(NotificationKind kind, String eventKey, String text, Long discussionId, Long conversationId,
		Long replyId, Long ideaId, Long hearingId, Long accountId, Long nettpratId, String detail, Instant at) {

	NewNotification(NotificationKind kind, String eventKey, String text, Long discussionId, Long conversationId,
			Long replyId, Long ideaId, Long hearingId, Long accountId, Long nettpratId, Instant at) {
		this(kind, eventKey, text, discussionId, conversationId, replyId, ideaId, hearingId, accountId, nettpratId, null, at);
	}

	NewNotification(NotificationKind kind, String eventKey, String text, Long discussionId, Long conversationId,
			Long replyId, Long ideaId, Long hearingId, Instant at) {
		this(kind, eventKey, text, discussionId, conversationId, replyId, ideaId, hearingId, null, null, at);
	}

	NewNotification(NotificationKind kind, String eventKey, String text, Long discussionId, Long conversationId,
			Long replyId, Instant at) {
		this(kind, eventKey, text, discussionId, conversationId, replyId, null, null, at);
	}

	static NewNotification aboutDiscussion(NotificationKind kind, String eventKey, String title, long discussionId,
			Instant at) {
		return new NewNotification(kind, eventKey, title, discussionId, null, null, at);
	}

	static NewNotification aboutConversation(NotificationKind kind, String eventKey, long conversationId,
			Long replyId, Instant at) {
		return new NewNotification(kind, eventKey, null, null, conversationId, replyId, at);
	}

	/** About an idea of the idea box: the subject is the idea's title, which every employee may read. */
	static NewNotification aboutIdea(NotificationKind kind, String eventKey, String title, long ideaId, Instant at) {
		return new NewNotification(kind, eventKey, title, null, null, null, ideaId, null, at);
	}

	/** About a hearing: the subject is the hearing's title, which every employee may read. */
	static NewNotification aboutHearing(NotificationKind kind, String eventKey, String title, long hearingId,
			Instant at) {
		return new NewNotification(kind, eventKey, title, null, null, null, null, hearingId, at);
	}

	/** About a team's own work (its duty roster): the subject is the team's name, which is no personal data. */
	static NewNotification aboutTeam(NotificationKind kind, String eventKey, String teamName, Instant at) {
		return new NewNotification(kind, eventKey, teamName, null, null, null, at);
	}

	/** About a channel account's connection: the subject is the account's name, which is no personal data. */
	static NewNotification aboutAccount(NotificationKind kind, String eventKey, String accountName, long accountId,
			Instant at) {
		return new NewNotification(kind, eventKey, accountName, null, null, null, null, null, accountId, null, at);
	}

	/** About a nettprat: the subject is its title, which every employee may read. */
	static NewNotification aboutNettprat(NotificationKind kind, String eventKey, String title, long nettpratId,
			Instant at) {
		return new NewNotification(kind, eventKey, title, null, null, null, null, null, null, nettpratId, at);
	}

	/** About a nettprat, with what the person who acted wrote for the readers (why it was cancelled). */
	static NewNotification aboutNettprat(NotificationKind kind, String eventKey, String title, long nettpratId,
			String detail, Instant at) {
		return new NewNotification(kind, eventKey, title, null, null, null, null, null, null, nettpratId, detail, at);
	}

}
