package no.samtale.publishing.internal.blog;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.channels.Capability;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;
import no.samtale.identity.Person;
import no.samtale.identity.Users;

/**
 * The blog as a channel: comments come in from the form under each article ({@link BlogComments}); an answer the
 * inbox sends (after its four eyes) is published under the comment on the article page, once per idempotency key.
 * Hiding or deleting a comment in the inbox takes it, and its answers, off the page.
 */
@Component
class BlogConnector implements ChannelConnector {

	private final BlogCommentStore comments;

	private final Users users;

	BlogConnector(BlogCommentStore comments, Users users) {
		this.comments = comments;
		this.users = users;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.BLOG;
	}

	@Override
	public Set<Capability> capabilities(Platform platform) {
		return EnumSet.of(Capability.RECEIVE, Capability.REPLY, Capability.HIDE, Capability.DELETE);
	}

	@Override
	public String deliver(OutboundDelivery delivery) throws DeliveryFailure {
		BlogCommentStore.StoredComment comment = comments.byExternalId(delivery.targetExternalId())
			.orElseThrow(() -> DeliveryFailure.permanent("No such comment on the blog"));
		return switch (delivery.action()) {
			case REPLY -> "blog-reply-" + comments.answer(comment.id(), delivery.idempotencyKey(), delivery.body(),
					signature(delivery.senderUserId()), Instant.now());
			case HIDE, DELETE -> {
				comments.shown(delivery.targetExternalId(), false);
				yield null;
			}
			case UNHIDE -> {
				comments.shown(delivery.targetExternalId(), true);
				yield null;
			}
			default -> throw DeliveryFailure.permanent("A blog comment is answered in public under the article");
		};
	}

	/** The advisor's first name, as the web chat signs; null when no one is known (the page names the blog). */
	private String signature(Long senderUserId) {
		if (senderUserId == null) {
			return null;
		}
		Person sender = users.people(List.of(senderUserId)).get(senderUserId);
		return sender == null ? null : sender.firstName();
	}

}
