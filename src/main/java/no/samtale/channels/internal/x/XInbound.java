package no.samtale.channels.internal.x;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;

/** Hands X's posts and messages to the intake, with what the reply rule must know of each post. */
@Component
class XInbound {

	private final XAccounts xAccounts;

	private final Intake intake;

	XInbound(XAccounts xAccounts, Intake intake) {
		this.xAccounts = xAccounts;
		this.intake = intake;
	}

	/** Answers whether the post was new. */
	@Transactional
	boolean receive(long accountId, XPosts.Read post) {
		xAccounts.remember(accountId, post.message().externalId(), post.authorId(), post.mentionsAccount(),
				post.quotesAccount());
		return !intake.receive(accountId, post.message()).duplicate();
	}

	@Transactional
	boolean receive(long accountId, InboundMessage message) {
		return !intake.receive(accountId, message).duplicate();
	}

}
