package no.samtale.search.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.search.internal.UnansweredQuestions.UnansweredQuestion;

/**
 * The list of questions that found no answer, for those who write answers: editors (posts), moderators (forum)
 * and admins. A frequent one becomes a post idea through the publishing API (the page does that).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'MODERATOR')")
class UnansweredController {

	private final UnansweredQuestions questions;

	UnansweredController(UnansweredQuestions questions) {
		this.questions = questions;
	}

	/** Asked within {@code days} (default 30, at most 366), most often first, at most {@code limit} (50, max 200). */
	@GetMapping("/api/v1/search/unanswered")
	List<UnansweredQuestion> list(@RequestParam(required = false) Integer days,
			@RequestParam(required = false) Integer limit) {
		return questions.list(days, limit);
	}

	@DeleteMapping("/api/v1/search/unanswered/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void dismiss(@PathVariable long id) {
		questions.dismiss(id);
	}

}
