package no.samtale.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.Person;

/** What the nettprat API answers with. A question asked anonymously never carries its asker. */
final class LiveViews {

	private LiveViews() {
	}

	/**
	 * Where a nettprat stands: before, during, after, archived as a forum discussion, or cancelled before it started
	 * (for good: nothing more happens on it).
	 */
	enum LiveState {
		SCHEDULED, LIVE, ENDED, ARCHIVED, CANCELLED
	}

	enum LiveQuestionStatus {
		PENDING, APPROVED, ANSWERED, MERGED, DECLINED
	}

	/** {@code cancelReason}: why it was cancelled, when its state is {@code CANCELLED}. */
	record LiveSummary(long id, String title, Instant startsAt, Instant endsAt, LiveState state,
			@Nullable String cancelReason) {
	}

	record LiveList(List<LiveSummary> items) {
	}

	record EventsCreated(long id) {
	}

	record LiveFigures(long viewers, long questions, long answered, long merged, long declined, long unanswered) {
	}

	/** An approved or answered question as every reader sees it; {@code asker} is null when asked anonymously. */
	record PublicQuestion(long id, String text, @Nullable Person asker, int votes, boolean votedByMe,
			LiveQuestionStatus status, @Nullable String answer, @Nullable Person answeredBy, @Nullable Person typedBy,
			@Nullable Instant answeredAt) {
	}

	/**
	 * {@code canManagePeople}: the caller may change its leaders, helpers and moderators (its scheduler and
	 * administrators, until it ends or is cancelled); {@code canCancel}: the caller may cancel it (its leaders and
	 * moderators, before it starts); {@code peopleChanges} who changed them after it was scheduled, oldest first;
	 * {@code cancelledAt} and {@code cancelReason} when and why it was cancelled.
	 */
	record LiveEventView(long id, String title, String description, Instant startsAt, Instant endsAt, LiveState state,
			List<Person> leaders, List<Person> helpers, List<Person> moderators, boolean canModerate, boolean canAnswer,
			List<PublicQuestion> questions, long lastChangeId, LiveFigures figures, @Nullable Long archivedDiscussionId,
			@Nullable Long announcementDiscussionId, boolean canManagePeople, List<LivePersonChange> peopleChanges,
			boolean canCancel, @Nullable Instant cancelledAt, @Nullable String cancelReason) {
	}

	/** A nettprat's role as its people are listed. */
	enum LivePersonRole {
		LEADER, HELPER, MODERATOR
	}

	enum LivePersonChangeAction {
		ADDED, REMOVED
	}

	/** One person added to or removed from one of the nettprat's roles after it was scheduled. */
	record LivePersonChange(@Nullable Person person, LivePersonRole role, LivePersonChangeAction action,
			@Nullable Person changedBy, Instant at) {
	}

	/** The asker's own question in any state, with why it was declined or where it was merged. */
	record MyLiveQuestion(long id, String text, boolean anonymous, LiveQuestionStatus status, int votes,
			@Nullable String declineReason, @Nullable Long mergedIntoId, @Nullable String mergedIntoText,
			@Nullable String answer, Instant askedAt, @Nullable Person owner, @Nullable LocalDate dueOn) {
	}

	/** An unanswered question given to someone to answer in writing by a due date. */
	record OwnedQuestion(long id, long eventId, String eventTitle, String text, @Nullable LocalDate dueOn) {
	}

	record LiveArchived(long discussionId) {
	}

	/** A question in the moderators' queue; {@code asker} is null when asked anonymously, for moderators too. */
	record QueueQuestion(long id, String text, @Nullable Person asker, boolean anonymous, LiveQuestionStatus status,
			int votes, @Nullable Integer position, Instant askedAt) {
	}

	record LiveQuestionState(long id, LiveQuestionStatus status) {
	}

	record LiveVoteCount(long questionId, int votes) {
	}

}
