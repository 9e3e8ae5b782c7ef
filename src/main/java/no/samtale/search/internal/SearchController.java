package no.samtale.search.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** Search across everything the caller may read, and similar questions for the ask form. */
@RestController
class SearchController {

	private final SearchEngine engine;

	private final UnansweredQuestions unanswered;

	SearchController(SearchEngine engine, UnansweredQuestions unanswered) {
		this.engine = engine;
		this.unanswered = unanswered;
	}

	/**
	 * A search by words alone that finds nothing is counted, without who asked, for the editors' list of questions
	 * with no answer ({@link UnansweredQuestions}).
	 * Words in {@code q} (optional: without words the newest discussions matching the filters come first), filters,
	 * {@code sort=relevance|newest}, paged. Snippets are escaped HTML with {@code <mark>} around matched words.
	 */
	@GetMapping("/api/v1/search")
	PageResponse<SearchHit> search(@RequestParam(required = false) String q, @RequestParam(required = false) Long space,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean verified,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String source,
			CurrentUser user) {
		PageResponse<SearchHit> found = engine.search(
				SearchInput.query(q, space, kind, status, verified, from, to, sort, source), user, PageQuery.of(page, size));
		// Words alone (no filter that could explain the empty page), first page: nothing answers this question.
		boolean unfiltered = space == null && kind == null && status == null && verified == null && from == null
				&& to == null && source == null && (page == null || page == 0);
		if (unfiltered && q != null && !q.isBlank() && found.totalElements() == 0) {
			unanswered.record(q);
		}
		return found;
	}

	/** The discussions most like {@code q}, best first (a JSON array), at most {@code limit} (default 5, max 20). */
	@GetMapping("/api/v1/search/similar")
	List<SimilarQuestion> similar(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String source,
			CurrentUser user) {
		return engine.similar(q, limit == null ? SimilarQuestions.DEFAULT_LIMIT : limit, SearchInput.source(source),
				user);
	}

}
