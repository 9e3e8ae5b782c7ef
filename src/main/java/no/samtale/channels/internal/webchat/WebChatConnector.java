package no.samtale.channels.internal.webchat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.channels.Capability;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;
import no.samtale.identity.Person;
import no.samtale.identity.Users;

/**
 * The agency's own web chat: the "platform" is our chat tables, so delivering an answer is storing it in the
 * citizen's transcript (once per idempotency key) and pushing it to their open page.
 */
@Component
class WebChatConnector implements ChannelConnector {

	private final ChatSessions sessions;

	private final Users users;

	WebChatConnector(ChatSessions sessions, Users users) {
		this.sessions = sessions;
		this.users = users;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.WEB_CHAT;
	}

	@Override
	public Set<Capability> capabilities(Platform platform) {
		return EnumSet.of(Capability.RECEIVE, Capability.REPLY_PRIVATELY);
	}

	@Override
	public String deliver(OutboundDelivery delivery) throws DeliveryFailure {
		if (delivery.action() != OutboundAction.MESSAGE) {
			throw DeliveryFailure.permanent("The web chat only takes private messages");
		}
		long sessionId = ChatSessions.sessionOfThread(delivery.targetExternalId())
			.filter(sessions::exists)
			.orElseThrow(() -> DeliveryFailure.permanent("No such chat session"));
		sessions.answer(sessionId, signature(delivery.senderUserId()), delivery.body(), delivery.idempotencyKey());
		return "chat-answer-" + delivery.outboxId();
	}

	/**
	 * The advisor's first name, which the citizen's page signs as "Ingrid, NAV"; null (the page then says only "NAV")
	 * when no advisor is known. Never the account's name, which reads as a person's and is not one.
	 */
	private String signature(Long senderUserId) {
		if (senderUserId == null) {
			return null;
		}
		Person sender = users.people(List.of(senderUserId)).get(senderUserId);
		return sender == null ? null : sender.firstName();
	}

}
