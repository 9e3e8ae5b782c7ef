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

import no.samtale.identity.CurrentUser;
import no.samtale.search.internal.AnsweredOften.AnsweredQuestion;
import no.samtale.search.internal.UnansweredQuestions.UnansweredQuestion;

/**
 * What to write answers and posts for, for those who write them: editors (posts), moderators (forum) and admins.
 * Questions that found no answer, and answers advisors gave many times over in the inbox. A frequent one becomes a
 * post idea through the publishing API (the page does that).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'MODERATOR')")
class UnansweredController {

	private final UnansweredQuestions questions;

	private final AnsweredOften answeredOften;

	UnansweredController(UnansweredQuestions questions, AnsweredOften answeredOften) {
		this.questions = questions;
		this.answeredOften = answeredOften;
	}

	/** Asked within {@code days} (default 30, at most 366), most often first, at most {@code limit} (50, max 200). */
	@GetMapping("/api/v1/search/unanswered")
	List<UnansweredQuestion> list(@RequestParam(required = false) Integer days,
			@RequestParam(required = false) Integer limit) {
		return questions.list(days, limit);
	}

	/**
	 * Answers inserted into inbox replies within {@code days} (default 7, at most 366), most often first, at most
	 * {@code limit} (10, max 50); only those the caller may read.
	 */
	@GetMapping("/api/v1/search/answered-often")
	List<AnsweredQuestion> answeredOften(@RequestParam(required = false) Integer days,
			@RequestParam(required = false) Integer limit, CurrentUser reader) {
		return answeredOften.list(days, limit, reader);
	}

	@DeleteMapping("/api/v1/search/unanswered/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void dismiss(@PathVariable long id) {
		questions.dismiss(id);
	}

}
