package no.samtale.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the nettprat API takes. */
final class LiveRequests {

	private LiveRequests() {
	}

	record NewLiveEvent(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
			@NotNull Instant startsAt, @NotNull Instant endsAt, @NotNull @Size(min = 1, max = 20) List<Long> leaderIds,
			@Nullable @Size(max = 20) List<Long> helperIds, @NotNull @Size(min = 1, max = 20) List<Long> moderatorIds,
			@Nullable Long announceInSpaceId) {
	}

	/** The nettprat's people as they are to be: each list replaces the role's people (at least one leader and moderator). */
	record LivePeopleRequest(@NotNull @Size(min = 1, max = 20) List<Long> leaderIds,
			@Nullable @Size(max = 20) List<Long> helperIds, @NotNull @Size(min = 1, max = 20) List<Long> moderatorIds) {
	}

	/** A new time for a nettprat that has not ended. */
	record LiveReschedule(@NotNull Instant startsAt, @NotNull Instant endsAt) {
	}

	/** Why the nettprat is cancelled; its page, its announcement and everyone told of it show the reason. */
	record LiveCancellationRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	record NewQuestion(@NotBlank @Size(max = 1000) String text, @Nullable Boolean anonymous) {
	}

	record LiveDecline(@NotBlank @Size(max = 500) String reason) {
	}

	record LiveMerge(@NotNull Long intoId) {
	}

	record LiveAnswer(@NotBlank @Size(max = 8000) String body) {
	}

	record LiveQuestionOwner(@NotNull Long ownerId, @NotNull LocalDate dueOn) {
	}

	record LiveArchiveRequest(@NotNull Long spaceId) {
	}

	record LiveQueueOrder(@NotNull @Size(max = 500) List<Long> questionIds) {
	}

}
