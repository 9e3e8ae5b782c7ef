package no.samtale.forum;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;

/**
 * Lifts a question of principle that arose in another module (an idea in the idea box) to a directorate department,
 * the way a topic's moderator lifts a forum question: the question becomes a discussion in the space it belongs to,
 * and that discussion is escalated. The forum keeps its own rules: only the space's moderators raise one (403), a
 * space the caller cannot see is a 404, the department must be a directorate department (400 {@code departmentId}),
 * the summary is required (400 {@code summary}), identity numbers are refused (422), and a discussion already with a
 * department is a 409 {@code already-escalated}. Where it stands afterwards is read through
 * {@link EscalationTranscripts}; {@link EscalationAnswered} says when the department answered.
 */
public interface EscalationRequests {

	/** Whether the caller may lift questions from this space (its moderators); false for a space they cannot see. */
	boolean mayRaise(long spaceId, CurrentUser user);

	/** Raises the question in one transaction with the caller's: a refusal leaves no discussion behind. */
	Raised raise(Request request, CurrentUser moderator);

	/**
	 * @param discussionId a discussion of the space raised before (its earlier escalation closed), or null to start
	 *     one with {@code title} and {@code body} (Markdown)
	 * @param deadline the day the department should answer by, or null for none
	 */
	record Request(long spaceId, @Nullable Long discussionId, String title, String body, long departmentId,
			String summary, @Nullable LocalDate deadline) {
	}

	record Raised(long escalationId, long discussionId) {
	}

}
