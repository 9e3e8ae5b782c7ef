package no.samtale.forum.internal;

import java.util.Collection;
import java.util.Optional;

/** The forum's rules that need no database, as small pure functions named as the rule they state. */
final class ForumPolicies {

	private ForumPolicies() {
	}

	/**
	 * A topic opens to readers only once it has a moderator and at least one back-office expert (the rule from
	 * Erfaringsforum: nobody should ask into a room where nobody is responsible for answering).
	 */
	static Optional<String> whyATopicCannotOpen(Collection<Long> moderators, Collection<Long> experts) {
		if (moderators.isEmpty()) {
			return Optional.of("A topic needs a moderator before it opens");
		}
		if (experts.isEmpty()) {
			return Optional.of("A topic needs at least one expert in its back office before it opens");
		}
		return Optional.empty();
	}

	/** Only a public reply by someone else can be the verified answer: not the question itself, not a note. */
	static Optional<String> whyAMessageCannotBeVerified(boolean isOpeningPost, boolean removed, boolean isPublic) {
		if (!isPublic) {
			return Optional.of("A back-office note cannot be the answer");
		}
		if (isOpeningPost) {
			return Optional.of("The question itself cannot be its answer");
		}
		if (removed) {
			return Optional.of("A removed message cannot be the answer");
		}
		return Optional.empty();
	}

}
