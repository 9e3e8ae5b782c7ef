package no.samtale.channels.internal.webchat;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.channels.Capability;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;

/**
 * The agency's own web chat: the "platform" is our chat tables, so delivering an answer is storing it in the
 * citizen's transcript (once per idempotency key) and pushing it to their open page.
 */
@Component
class WebChatConnector implements ChannelConnector {

	private final ChatSessions sessions;

	WebChatConnector(ChatSessions sessions) {
		this.sessions = sessions;
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
		sessions.answer(sessionId, delivery.account().name(), delivery.body(), delivery.idempotencyKey());
		return "chat-answer-" + delivery.outboxId();
	}

}
