package no.samtale.inbox;

import java.util.List;
import java.util.Optional;

/** Reads a whole conversation for a module that keeps a copy of it; empty when there is no such conversation. */
public interface ConversationTranscripts {

	Optional<ConversationTranscript> transcript(long conversationId);

	/** Many at once, read together; those that do not exist are left out. */
	List<ConversationTranscript> transcripts(List<Long> conversationIds);

}
