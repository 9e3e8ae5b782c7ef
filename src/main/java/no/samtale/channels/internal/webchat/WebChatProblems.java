package no.samtale.channels.internal.webchat;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;

/** A chat message from an expired session is a 401 of its own type, so the page can offer a new chat. */
@RestControllerAdvice(assignableTypes = WebChatController.class)
class WebChatProblems {

	@ExceptionHandler(ChatSessionExpiredException.class)
	ProblemDetail expired(ChatSessionExpiredException e) {
		return ProblemFactory.problem(HttpStatus.UNAUTHORIZED, Problems.type("chat-session-expired"),
				"Chat session expired", e.getMessage());
	}

}
