package no.samtale.forum;

import java.util.Optional;

/** Reads an escalation as a whole for a module that keeps a copy of it; empty when there is no such escalation. */
public interface EscalationTranscripts {

	Optional<EscalationTranscript> transcript(long escalationId);

}
