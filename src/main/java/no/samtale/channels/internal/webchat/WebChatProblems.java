package no.samtale.channels.internal.webchat;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;

/**
 * A chat message from an expired session is a 401 of its own type, so the page can offer a new chat. Ordered first,
 * as the other modules' problem handlers are: the platform's handler of every other exception would otherwise answer
 * it as an internal error whenever Spring happens to consult that advice first.
 */
@RestControllerAdvice(assignableTypes = WebChatController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebChatProblems {

	@ExceptionHandler(ChatSessionExpiredException.class)
	ProblemDetail expired(ChatSessionExpiredException e) {
		return ProblemFactory.problem(HttpStatus.UNAUTHORIZED, Problems.type("chat-session-expired"),
				"Chat session expired", e.getMessage());
	}

}
