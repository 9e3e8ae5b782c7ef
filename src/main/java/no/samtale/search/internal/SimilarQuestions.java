package no.samtale.search.internal;

import java.util.List;

import no.samtale.identity.CurrentUser;

/**
 * The earlier discussions most like a new question, best first, from spaces the reader may read; of two equally
 * good matches the one with a verified answer comes first. The ask form shows them as the user types.
 */
interface SimilarQuestions {

	int DEFAULT_LIMIT = 5;

	int MAX_LIMIT = 20;

	/** Longer text is refused rather than cut, so a client never gets answers to a question it did not send. */
	int MAX_TEXT = 1000;

	List<SimilarQuestion> similar(String text, int limit, CurrentUser reader);

}
