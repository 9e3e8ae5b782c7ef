package no.samtale.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.Person;

/** What the product feedback API takes and answers with. */
final class FeedbackViews {

	private FeedbackViews() {
	}

	/** NEW until the team answers; LED_TO_CHANGE once the team marks that it changed the service. */
	enum FeedbackStatus {
		NEW, ANSWERED, LED_TO_CHANGE
	}

	record NewFeedbackService(@NotBlank @Size(max = 200) String name, @NotNull Long teamId) {
	}

	record NewFeedback(@NotNull Long serviceId, @NotBlank @Size(max = 4000) String body) {
	}

	record FeedbackAnswer(@NotBlank @Size(max = 4000) String body) {
	}

	record FeedbackChange(@NotBlank @Size(max = 2000) String note) {
	}

	/** A service feedback can be tagged with, and whether the caller is on its team (and so works its queue). */
	record FeedbackServiceView(long id, String name, String teamName, boolean myTeam) {
	}

	record FeedbackServiceList(List<FeedbackServiceView> items) {
	}

	record FeedbackItem(long id, long serviceId, String serviceName, String body, FeedbackStatus status,
			@Nullable Person author, @Nullable String answer, @Nullable Person answeredBy, @Nullable Instant answeredAt,
			@Nullable String changeNote, @Nullable Instant changedAt, Instant createdAt) {
	}

	record FeedbackMine(List<FeedbackItem> items) {
	}

	/** How many pieces of feedback came in during the week starting {@code weekStart} (Monday). */
	record FeedbackWeek(LocalDate weekStart, int count) {
	}

	record FeedbackCounts(int total, int waiting, int answered, int ledToChange) {
	}

	/** The team's queue: counts, the last eight weeks (the trend), and the feedback waiting first, newest first. */
	record FeedbackQueue(long serviceId, String serviceName, FeedbackCounts counts, List<FeedbackWeek> weeks,
			List<FeedbackItem> items) {
	}

}
