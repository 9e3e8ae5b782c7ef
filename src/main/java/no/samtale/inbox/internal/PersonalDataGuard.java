package no.samtale.inbox.internal;

import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Capability;
import no.samtale.channels.Inbound;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.Outbox;
import no.samtale.channels.Visibility;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * A citizen who writes their identity number in a public comment has shown it to everyone: the comment is hidden on
 * the platform at once (in the transaction that threads it, so it cannot be forgotten), the conversation is flagged,
 * and a private follow-up is proposed for an advisor to check and send.
 */
@Component
class PersonalDataGuard {

	static final String LABEL = "personopplysninger";

	static final String FOLLOW_UP = "Hei! Vi har skjult kommentaren din fordi den inneholdt personopplysninger, "
			+ "som fødselsnummer. Del aldri slike opplysninger i offentlige kommentarer. Send oss gjerne en privat "
			+ "melding, så hjelper vi deg videre der.";

	private final PersonalDataPolicy policy;

	private final Accounts accounts;

	private final Outbox outbox;

	private final ConversationStore conversations;

	private final ConversationAudit audit;

	private final ReplyWorkflow workflow;

	private final ConversationLabels labels;

	PersonalDataGuard(PersonalDataPolicy policy, Accounts accounts, Outbox outbox, ConversationStore conversations,
			ConversationAudit audit, ReplyWorkflow workflow, ConversationLabels labels) {
		this.labels = labels;
		this.policy = policy;
		this.accounts = accounts;
		this.outbox = outbox;
		this.conversations = conversations;
		this.audit = audit;
		this.workflow = workflow;
	}

	static String hideKey(long inboundId) {
		return "privacy-hide-" + inboundId;
	}

	/** Whether {@link #check} would act on this message: a public one holding an identity number. */
	boolean concerns(Inbound inbound) {
		return inbound.kind() == Visibility.PUBLIC && policy.holdsIdentityNumber(inbound.body());
	}

	/** Called for each newly threaded or edited citizen message. */
	void check(long conversationId, Inbound inbound, String body) {
		if (inbound.kind() != Visibility.PUBLIC || !policy.holdsIdentityNumber(body)) {
			return;
		}
		Account account = accounts.get(inbound.accountId());
		var capabilities = accounts.capabilities(account);
		boolean firstTime = conversations.flagPersonalData(conversationId);
		if (firstTime) {
			labels.add(conversationId, LABEL);
		}
		if (capabilities.contains(Capability.HIDE)) {
			outbox.enqueue(account.id(), OutboundAction.HIDE, inbound.externalId(), "", hideKey(inbound.id()));
			audit.record(conversationId, null, AuditAction.HIDE_REQUESTED, AuditFacts.NONE);
		}
		else {
			audit.record(conversationId, null, AuditAction.PERSONAL_DATA_FOUND, AuditFacts.NONE);
		}
		if (firstTime && capabilities.contains(Capability.REPLY_PRIVATELY)) {
			workflow.propose(conversationId, Visibility.PRIVATE, FOLLOW_UP);
		}
	}

}
