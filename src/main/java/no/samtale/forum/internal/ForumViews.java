package no.samtale.forum.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.samtale.dialogue.DiscussionStatus;
import no.samtale.dialogue.ReactionKind;
import no.samtale.dialogue.SpaceKind;
import no.samtale.identity.Person;

/** The JSON shapes of the forum API (docs/forum-api.md). */
final class ForumViews {

	private ForumViews() {
	}

	record SpaceSummary(long id, SpaceKind kind, String name, String description, boolean open, Membership membership,
			List<Person> moderators, List<Person> experts, long memberCount, long discussionCount, long messageCount,
			@Nullable Instant lastActivityAt, @Nullable SpaceRole myRole, boolean canPost, boolean canModerate,
			boolean canJoin) {
	}

	record DiscussionSummary(long id, long spaceId, String title, Person author, boolean question,
			@Nullable DiscussionStatus status, int messageCount, int viewCount, Instant createdAt,
			Instant lastActivityAt,
			boolean escalated) {
	}

	record AttachmentView(long id, String filename, String contentType, long size, String url) {
	}

	record MessageView(long id, Person author, @Nullable SpaceRole authorRole, String body, String html,
			Instant createdAt,
			@Nullable Instant editedAt, boolean removed, @Nullable String removalReason, boolean verified,
			Map<ReactionKind, Integer> reactions,
			Set<ReactionKind> myReactions, List<AttachmentView> attachments, boolean canEdit) {
	}

	record Permissions(boolean canReply, boolean canVerify, boolean canModerate, boolean canSeeBackOffice,
			boolean canEscalate) {
	}

	record DiscussionView(long id, long spaceId, String spaceName, SpaceKind spaceKind, String title, Person author,
			boolean question, @Nullable DiscussionStatus status, @Nullable Long verifiedMessageId, int messageCount,
			int viewCount,
			Instant createdAt, Instant lastActivityAt, boolean escalated, boolean following, List<MessageView> messages,
			@Nullable EscalationView escalation, Permissions permissions) {
	}

	record Department(long id, String name) {
	}

	record EscalationView(long id, long discussionId, String discussionTitle, long spaceId, String spaceName,
			Department department, String summary, EscalationState state, Person raisedBy, Instant raisedAt,
			java.time.@Nullable LocalDate deadline, boolean overdue, @Nullable Instant acknowledgedAt,
			@Nullable Instant answeredAt, @Nullable String answer,
			@Nullable Person answeredBy, @Nullable Instant closedAt) {
	}

	record ReportView(long id, long messageId, long discussionId, String discussionTitle, long spaceId,
			String messageExcerpt, String reason, Person reportedBy, Instant reportedAt, String status,
			@Nullable Person resolvedBy,
			@Nullable Instant resolvedAt, @Nullable String resolution) {
	}

	/**
	 * One line of a space's log as facts the page words: who, what (a stable code), about what, and the free text
	 * the moderator wrote or the name at the time ({@code detail}: a reason, a department, the space's name).
	 */
	record AuditView(long id, Person actor, ForumAuditAction action, @Nullable AuditTargetView target,
			@Nullable String detail, Instant at) {
	}

	/**
	 * What an entry is about. {@code name} is the person's name or the discussion's title (for a message: the title
	 * of its discussion), absent where it no longer exists; {@code discussionId} lets the page link to it.
	 */
	record AuditTargetView(ForumAuditTarget.AuditTargetKind kind, long id, @Nullable String name,
			@Nullable Long discussionId) {
	}

	record Revision(String body, Instant editedAt, Person editedBy) {
	}

}
