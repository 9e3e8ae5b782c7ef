package no.samtale.forum.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samtale.dialogue.Discussions;
import no.samtale.forum.EscalationTranscript;
import no.samtale.forum.EscalationTranscripts;

/** An escalation with its discussion's title, for the archive. */
@Component
class EscalationTranscriptReader implements EscalationTranscripts {

	private final Escalations escalations;

	private final Discussions discussions;

	EscalationTranscriptReader(Escalations escalations, Discussions discussions) {
		this.escalations = escalations;
		this.discussions = discussions;
	}

	@Override
	public Optional<EscalationTranscript> transcript(long escalationId) {
		return escalations.find(escalationId).map(e -> new EscalationTranscript(e.id(), e.discussionId(),
				discussions.find(e.discussionId()).map(d -> d.title()).orElse(""), e.departmentId(), e.summary(),
				e.state().name(), e.raisedBy(), e.raisedAt(), e.answeredBy(), e.answeredAt(), e.answer(), e.closedAt()));
	}

}
