package no.samtale.forum.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.samtale.dialogue.Messages;
import no.samtale.dialogue.SpaceKind;

/** The JSON bodies the forum API accepts, with their limits. */
final class ForumRequests {

	private ForumRequests() {
	}

	record NewSpace(@NotNull SpaceKind kind, @NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
			Membership membership) {
	}

	record SpaceChange(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
			Membership membership) {
	}

	record Staff(@NotNull Set<@NotNull Long> moderatorIds, @NotNull Set<@NotNull Long> expertIds) {
	}

	record NewMember(@NotNull Long userId) {
	}

	record NewDiscussion(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = Messages.MAX_BODY) String body,
			@Nullable Boolean question, @Nullable List<@NotNull Long> attachmentIds) {
	}

	record NewMessage(@NotBlank @Size(max = Messages.MAX_BODY) String body,
			@Nullable List<@NotNull Long> attachmentIds) {
	}

	record MessageChange(@NotBlank @Size(max = Messages.MAX_BODY) String body) {
	}

	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	record VerifiedAnswer(@NotNull Long messageId) {
	}

	record NewEscalation(@NotNull Long departmentId, @NotBlank @Size(max = 4000) String summary,
			@Nullable LocalDate deadline) {
	}

	record Answer(@NotBlank @Size(max = Messages.MAX_BODY) String answer) {
	}

	record Resolution(@NotNull ReportAction action, @NotBlank @Size(max = 1000) String reason) {
	}

	enum ReportAction {
		DISMISS, REMOVE
	}

}
