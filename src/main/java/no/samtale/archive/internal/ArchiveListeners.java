package no.samtale.archive.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import no.samtale.events.HearingPublished;
import no.samtale.forum.EscalationAnswered;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.ConversationsChanged;
import no.samtale.platform.BulkWork;
import no.samtale.publishing.PostPublished;

/**
 * Journals what the rules say when it closes: a private conversation when it is closed, an escalation when the
 * department answered, a post when it is published (its final text), a hearing when its final summary is published. A folder journaled by hand while its case was open is brought up to date and closed the same
 * way, whatever the rule says. Listeners run after the source's transaction and are retried from the event
 * registry if journaling fails, so a closing is not lost.
 */
@Component
class ArchiveListeners {

	static final String AUTOMATIC = "Samtale (automatisk journalføring)";

	private final Journal journal;

	private final JournalRules rules;

	private final Sources sources;

	private final BulkWork bulk;

	ArchiveListeners(Journal journal, JournalRules rules, Sources sources, BulkWork bulk) {
		this.bulk = bulk;
		this.journal = journal;
		this.rules = rules;
		this.sources = sources;
	}

	@ApplicationModuleListener
	void on(ConversationChanged changed) {
		closed(changed);
	}

	/** A batch (usually conversations just opened): a transaction only when they closed. */
	@Async(BulkWork.EXECUTOR)
	@TransactionalEventListener
	void on(ConversationsChanged changed) {
		if (changed.status() == ConversationStatus.CLOSED) {
			bulk.inTransaction(() -> changed.each().forEach(this::closed));
		}
	}

	private void closed(ConversationChanged changed) {
		if (changed.status() != ConversationStatus.CLOSED) {
			return;
		}
		long id = changed.conversationId();
		if (journal.has(SourceKind.CONVERSATION, id)
				|| (rules.of(SourceKind.CONVERSATION).enabled() && sources.isPrivateConversation(id))) {
			journal.journal(SourceKind.CONVERSATION, id, AUTOMATIC);
		}
	}

	@ApplicationModuleListener
	void on(EscalationAnswered answered) {
		long id = answered.escalationId();
		if (journal.has(SourceKind.ESCALATION, id) || rules.of(SourceKind.ESCALATION).enabled()) {
			journal.journal(SourceKind.ESCALATION, id, AUTOMATIC);
		}
	}

	@ApplicationModuleListener
	void on(PostPublished published) {
		if (journal.has(SourceKind.POST, published.postId()) || rules.of(SourceKind.POST).enabled()) {
			journal.journal(SourceKind.POST, published.postId(), AUTOMATIC);
		}
	}

	@ApplicationModuleListener
	void on(HearingPublished published) {
		if (journal.has(SourceKind.HEARING, published.hearingId()) || rules.of(SourceKind.HEARING).enabled()) {
			journal.journal(SourceKind.HEARING, published.hearingId(), AUTOMATIC);
		}
	}

}
