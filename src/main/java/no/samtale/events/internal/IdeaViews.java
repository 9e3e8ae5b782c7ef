package no.samtale.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.Person;

/** What the idea box API takes and answers with. */
final class IdeaViews {

	private IdeaViews() {
	}

	/** NEW, ASSESSING and PLANNED are open (they hold votes); DONE, DECLINED and MERGED are closed. */
	enum IdeaStatus {
		NEW, ASSESSING, PLANNED, DONE, DECLINED, MERGED;

		boolean open() {
			return this == NEW || this == ASSESSING || this == PLANNED;
		}
	}

	record NewIdea(@NotNull Long spaceId, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 8000) String body) {
	}

	record IdeaStatusChange(@NotNull IdeaStatus status, @Nullable Long ownerId, @Nullable @Size(max = 2000) String reason) {
	}

	record IdeaMerge(@NotNull Long intoId, @Nullable @Size(max = 2000) String reason) {
	}

	record IdeaSummary(long id, String title, IdeaStatus status, int votes, boolean votedByMe, @Nullable Person owner,
			Instant createdAt) {
	}

	record IdeaList(long spaceId, String spaceName, int openVotesLeft, int openVoteLimit, boolean canManage,
			List<IdeaSummary> items) {
	}

	/** One step in an idea's history: a status change with its public reason, or a merge in or out. */
	record IdeaChange(IdeaStatus status, @Nullable Person owner, String reason, @Nullable Long otherIdeaId,
			@Nullable String otherIdeaTitle, Person changedBy, Instant changedAt) {
	}

	record IdeaView(long id, long spaceId, String title, String body, Person author, IdeaStatus status, int votes,
			boolean votedByMe, @Nullable Person owner, @Nullable Long mergedIntoId, List<IdeaSummary> mergedFrom,
			List<IdeaChange> history, boolean canManage, Instant createdAt, List<IdeaComment> comments,
			boolean followedByMe, boolean canEscalate, @Nullable IdeaEscalation escalation) {
	}

	/** Where an escalation stands at the department: the forum's states, forward only. */
	enum IdeaEscalationState {
		RAISED, ACKNOWLEDGED, ANSWERED, CLOSED
	}

	/** The idea's latest escalation to a directorate department, as the forum holds it. */
	record IdeaEscalation(long id, long discussionId, long departmentId, String departmentName, String reason,
			IdeaEscalationState state, Person raisedBy, Instant raisedAt, @Nullable String answer,
			@Nullable Person answeredBy, @Nullable Instant answeredAt, @Nullable Instant closedAt) {
	}

	/** Lifting an idea to a department: the reason is what the department reads first. */
	record IdeaEscalationRequest(@NotNull Long departmentId, @NotBlank @Size(max = 4000) String reason,
			@Nullable LocalDate deadline) {
	}

	record IdeaLifted(long escalationId, long discussionId) {
	}

	record IdeaComment(long id, Person author, String body, Instant createdAt) {
	}

	record NewIdeaComment(@NotBlank @Size(max = IdeaComments.MAX_LENGTH) String body) {
	}

	record IdeaVotes(long ideaId, int votes, int openVotesLeft) {
	}

	record SimilarIdea(long id, String title, IdeaStatus status, int votes) {
	}

}
