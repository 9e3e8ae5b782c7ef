package no.samtale.inbox.internal;

import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Inbound;
import no.samtale.channels.InboundChanged;
import no.samtale.channels.InboundHiddenChanged;
import no.samtale.channels.InboundReceived;
import no.samtale.channels.Intake;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.MessageReceived;

/**
 * Turns each stored inbound message into a message of its conversation, exactly once: the event is retried from
 * the publication registry until this succeeds, and the message's unique inbound id makes a retry a no-op.
 */
@Component
class Threading {

	private final Intake intake;

	private final Accounts accounts;

	private final ConversationStore conversations;

	private final ConversationLog log;

	private final ConversationAudit audit;

	private final ApplicationEventPublisher events;

	private final PersonalDataGuard guard;

	Threading(Intake intake, Accounts accounts, ConversationStore conversations, ConversationLog log, ConversationAudit audit,
			ApplicationEventPublisher events, PersonalDataGuard guard) {
		this.guard = guard;
		this.intake = intake;
		this.accounts = accounts;
		this.conversations = conversations;
		this.log = log;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(InboundReceived received) {
		thread(received.inboundId());
	}

	/** A message its batch could not thread ({@link ThreadingInBulk}): threaded on its own, retried until it is. */
	@ApplicationModuleListener
	void on(UnthreadedInbound unthreaded) {
		thread(unthreaded.inboundId());
	}

	/**
	 * An edit or removal on the platform. The threading reads the inbound message's current body, so a change that
	 * overtakes its message's threading is not lost.
	 */
	@ApplicationModuleListener
	void on(InboundChanged changed) {
		log.citizenMessageChanged(changed.inboundId(), changed.body(), changed.removed());
		log.conversationOfInbound(changed.inboundId()).ifPresent(conversationId -> {
			conversations.namedIfNaming(conversationId, changed.inboundId(), changed.body());
			guard.check(conversationId, intake.get(changed.inboundId()), changed.body());
		});
	}

	/** Hidden or shown again on the platform, by Samtale's own request or by someone on the platform. */
	@ApplicationModuleListener
	void on(InboundHiddenChanged changed) {
		log.conversationOfInbound(changed.inboundId()).ifPresent(conversationId -> {
			log.citizenMessageHidden(changed.inboundId(), changed.hidden());
			audit.record(conversationId, null,
					changed.hidden() ? AuditAction.HIDDEN_ON_PLATFORM : AuditAction.SHOWN_ON_PLATFORM, AuditFacts.NONE);
		});
	}

	/** Threads one inbound message and answers its conversation's id. */
	long thread(long inboundId) {
		Inbound inbound = intake.get(inboundId);
		Account account = accounts.get(inbound.accountId());
		Conversation conversation = conversations.threadOf(inbound, account.teamId());
		boolean stored = log.citizenMessage(conversation.id(), inbound.id(), inbound.kind(), inbound.authorName(),
				inbound.externalId(), inbound.body(), inbound.receivedAt());
		if (!stored) {
			return conversation.id();
		}
		if (!Objects.equals(conversation.subject(), ConversationStore.subjectOf(inbound.body()))) {
			conversations.namedIfNaming(conversation.id(), inbound.id(), inbound.body());
		}
		if (inbound.removed()) {
			log.citizenMessageChanged(inbound.id(), Intake.REMOVED_BODY, true);
		}
		conversations.citizenWrote(conversation, inbound.receivedAt(),
				ConversationFlow.aCitizenWritingAgainPutsTheConversationBackInTheQueue(conversation.status()));
		audit.record(conversation.id(), null, AuditAction.RECEIVED, AuditFacts.visibility(inbound.kind()));
		guard.check(conversation.id(), inbound, inbound.body());
		Conversation now = conversations.get(conversation.id());
		events.publishEvent(new MessageReceived(now.id(), inbound.id(), now.teamId(), inbound.accountId(), inbound.kind(),
				inbound.receivedAt()));
		events.publishEvent(new ConversationChanged(now.id(), now.teamId(), now.status(), null));
		return now.id();
	}

}
