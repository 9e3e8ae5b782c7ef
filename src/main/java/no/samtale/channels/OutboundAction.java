package no.samtale.channels;

/**
 * What to do on the platform: answer a comment in public, answer its author privately, write in a private
 * correspondence or chat, hide or delete a comment, publish a post now or schedule one for
 * the platform to publish later.
 */
public enum OutboundAction {
	REPLY, REPLY_PRIVATELY, MESSAGE, HIDE, UNHIDE, DELETE, PUBLISH, SCHEDULE;

	public Capability needs() {
		return switch (this) {
			case REPLY -> Capability.REPLY;
			case REPLY_PRIVATELY, MESSAGE -> Capability.REPLY_PRIVATELY;
			case HIDE, UNHIDE -> Capability.HIDE;
			case DELETE -> Capability.DELETE;
			case PUBLISH -> Capability.PUBLISH;
			case SCHEDULE -> Capability.SCHEDULE;
		};
	}

}
