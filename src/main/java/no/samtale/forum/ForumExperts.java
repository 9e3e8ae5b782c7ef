package no.samtale.forum;

import java.util.Set;

/** Who answers questions in a topic, for modules that tell them about new ones (notifications). */
public interface ForumExperts {

	/** The ids of the back-office experts of a forum space; empty for a space that is not the forum's. */
	Set<Long> expertsOf(long spaceId);

}
