package no.samtale.inbox.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationStatus;

/** Request bodies of the inbox API. */
final class InboxRequests {

	private InboxRequests() {
	}

	/** {@code acknowledgeOthers}: the author saw that someone else is answering and replies all the same. */
	record NewReply(@NotBlank @Size(max = ReplyWorkflow.MAX_BODY) String body, @NotNull Visibility visibility,
			Boolean acknowledgeOthers) {
	}

	record Heartbeat(Boolean writing) {
	}

	record Reworded(@NotBlank @Size(max = ReplyWorkflow.MAX_BODY) String body) {
	}

	record Approval(@Size(min = 1, max = ReplyWorkflow.MAX_BODY) String body) {
	}

	record Rejection(@NotBlank @Size(max = 2000) String comment) {
	}

	record Assignee(@Nullable Long userId) {
	}

	record StatusChange(@NotNull ConversationStatus status) {
	}

	record Labels(@NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-zæøå0-9][a-zæøå0-9-]{0,39}",
			message = "Lower-case letters, digits and hyphens, at most 40") String> labels) {
	}

	record NewNote(@NotBlank @Size(max = 4000) String body) {
	}

	record Canned(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = ReplyWorkflow.MAX_BODY) String body) {
	}

}
