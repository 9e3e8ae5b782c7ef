package no.samtale.inbox.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.inbox.internal.ExpertQuestionFlow.ExpertQuestionPreview;

/**
 * "Ask the experts" from a conversation: a preview of what the forum would receive, and the question itself. Both
 * are for advisors of the conversation's team; another team's conversation is a 404.
 */
@RestController
class ExpertQuestionController {

	record ExpertQuestionText(@NotBlank @Size(max = ExpertQuestionFlow.MAX_TITLE) String title,
			@NotBlank @Size(max = ExpertQuestionFlow.MAX_BODY) String body) {
	}

	record NewExpertQuestion(@NotNull Long spaceId, @NotBlank @Size(max = ExpertQuestionFlow.MAX_TITLE) String title,
			@NotBlank @Size(max = ExpertQuestionFlow.MAX_BODY) String body) {
	}

	record ExpertQuestionAsked(long discussionId) {
	}

	private final ExpertQuestionFlow flow;

	ExpertQuestionController(ExpertQuestionFlow flow) {
		this.flow = flow;
	}

	@PostMapping("/api/v1/inbox/conversations/{id}/expert-questions/preview")
	ExpertQuestionPreview preview(@PathVariable long id, @Valid @RequestBody ExpertQuestionText request, CurrentUser user) {
		return flow.preview(id, user, request.title(), request.body());
	}

	@PostMapping("/api/v1/inbox/conversations/{id}/expert-questions")
	@ResponseStatus(HttpStatus.CREATED)
	ExpertQuestionAsked ask(@PathVariable long id, @Valid @RequestBody NewExpertQuestion request, CurrentUser user) {
		return new ExpertQuestionAsked(flow.ask(id, user, request.spaceId(), request.title(), request.body()));
	}

}
