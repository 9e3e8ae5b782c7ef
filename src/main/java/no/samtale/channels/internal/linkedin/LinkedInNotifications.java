package no.samtale.channels.internal.linkedin;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Visibility;
import no.samtale.channels.internal.meta.WebhookText;

/**
 * Reads LinkedIn's organization social action notifications, as the webhook pushes them and as
 * {@code organizationalEntityNotifications} answers a pull: a {@code COMMENT} on one of the organization's posts
 * becomes a public message, threaded by the comment it answers (or itself), under the post. LinkedIn does not name
 * the commenter in the notification; their member urn is kept as the author id.
 */
final class LinkedInNotifications {

	/** One notification: what happened, to which organization, and the comment when it is one. */
	record Read(String action, String organization, InboundMessage comment) {
	}

	private LinkedInNotifications() {
	}

	static Read read(JsonNode notification, Instant now) {
		String action = text(notification.path("action"));
		String organization = text(notification.path("organizationalEntity"));
		JsonNode comment = notification.path("decoratedGeneratedActivity").path("comment");
		String commentUrn = text(comment.path("entity"));
		if (commentUrn.isEmpty()) {
			commentUrn = text(notification.path("generatedActivity"));
		}
		if (commentUrn.isEmpty()) {
			return new Read(action, organization, null);
		}
		String author = text(comment.path("owner"));
		String parent = text(comment.path("parentComment"));
		String post = text(notification.path("sourcePost"));
		String postText = text(notification.path("decoratedSourcePost").path("text"));
		long at = notification.path("lastModifiedAt").asLong(0);
		InboundMessage message = new InboundMessage(commentUrn, Visibility.PUBLIC, parent.isEmpty() ? commentUrn : parent,
				author.isEmpty() ? "urn:li:person:unknown" : author, null, text(comment.path("text")),
				post.isEmpty() ? null : post, postText.isEmpty() ? null : postText,
				at > 0 ? Instant.ofEpochMilli(at) : now);
		return new Read(action, organization, message);
	}

	/** The post (activity) a comment urn {@code urn:li:comment:(urn:li:activity:1,2)} is under, or null. */
	static String postOf(String commentUrn) {
		if (commentUrn == null || !commentUrn.startsWith("urn:li:comment:(") || !commentUrn.endsWith(")")) {
			return null;
		}
		String inner = commentUrn.substring("urn:li:comment:(".length(), commentUrn.length() - 1);
		int comma = inner.lastIndexOf(',');
		return comma > 0 ? inner.substring(0, comma) : null;
	}

	static String text(JsonNode node) {
		return WebhookText.storable(node.isValueNode() ? node.asString("") : "");
	}

}
