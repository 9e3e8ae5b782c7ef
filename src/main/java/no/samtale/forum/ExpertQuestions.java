package no.samtale.forum;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;

/**
 * Questions other modules bring to a topic's experts (the inbox's "ask the experts"), and what became of them. The
 * caller removes personal data first: the forum refuses text with an identity number, as it does for everyone.
 */
public interface ExpertQuestions {

	/**
	 * Starts a question in a topic as {@code asker}, who follows it. A space the asker may not see is a 404, one they
	 * may not post in a 403, text with an identity number a 422, all as the forum's own API answers them.
	 *
	 * @return the new discussion's id
	 */
	long ask(long spaceId, CurrentUser asker, String title, String body);

	/** Where a question stands, or empty when the discussion is gone. */
	Optional<State> state(long discussionId);

	/**
	 * @param status OPEN, ANSWERED or VERIFIED
	 * @param verifiedAnswer the moderator's quality-assured answer (Markdown), once there is one
	 */
	record State(long discussionId, String title, String status, @Nullable Long verifiedMessageId,
			@Nullable String verifiedAnswer) {
	}

}
