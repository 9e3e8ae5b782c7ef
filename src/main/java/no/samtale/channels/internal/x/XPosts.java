package no.samtale.channels.internal.x;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Visibility;
import no.samtale.channels.internal.meta.WebhookText;

/**
 * Reads X's API v2 objects (a post, a DM event, with the {@code includes} that name users and referenced posts)
 * into what the intake takes, and what X's reply rule needs to know. Each post is a conversation of its own; a DM
 * is threaded by its sender, so that a direct message answers them.
 */
final class XPosts {

	/** A citizen's post as the intake takes it, and whether it mentioned or quoted the account. */
	record Read(InboundMessage message, String authorId, boolean mentionsAccount, boolean quotesAccount) {
	}

	private XPosts() {
	}

	/** A post that mentions or answers the account; null when it is the account's own (nothing to answer). */
	static Read post(JsonNode post, JsonNode includes, String accountUserId, Instant now) {
		String id = text(post.path("id"));
		String author = text(post.path("author_id"));
		if (!XIds.valid(id) || author.isEmpty() || author.equals(accountUserId)) {
			return null;
		}
		boolean mentions = false;
		for (JsonNode mention : post.path("entities").path("mentions")) {
			mentions |= accountUserId.equals(text(mention.path("id")));
		}
		String context = null;
		boolean quotes = false;
		for (JsonNode reference : post.path("referenced_tweets")) {
			String referenced = text(reference.path("id"));
			JsonNode original = byId(includes.path("tweets"), referenced);
			if ("quoted".equals(text(reference.path("type")))) {
				quotes |= accountUserId.equals(text(original.path("author_id")));
			}
			context = context == null ? referenced : context;
		}
		String contextBody = context == null ? null : emptyToNull(text(byId(includes.path("tweets"), context).path("text")));
		String name = emptyToNull(text(byId(includes.path("users"), author).path("name")));
		InboundMessage message = new InboundMessage(id, Visibility.PUBLIC, id, author, name, text(post.path("text")),
				XIds.valid(context) ? context : null, contextBody, time(post.path("created_at"), now));
		return new Read(message, author, mentions, quotes);
	}

	/** A direct message to the account; null when the account sent it itself. */
	static InboundMessage directMessage(JsonNode event, JsonNode includes, String accountUserId, Instant now) {
		String id = text(event.path("id"));
		String sender = text(event.path("sender_id"));
		if (id.isEmpty() || !XIds.valid(sender) || sender.equals(accountUserId)) {
			return null;
		}
		String name = emptyToNull(text(byId(includes.path("users"), sender).path("name")));
		return new InboundMessage("dm:" + id, Visibility.PRIVATE, "dm:" + sender, sender, name,
				text(event.path("text")), null, null, time(event.path("created_at"), now));
	}

	private static JsonNode byId(JsonNode list, String id) {
		for (JsonNode item : list) {
			if (id != null && id.equals(text(item.path("id")))) {
				return item;
			}
		}
		return tools.jackson.databind.node.MissingNode.getInstance();
	}

	static String text(JsonNode node) {
		String value = node.isValueNode() ? node.asString("") : "";
		return WebhookText.storable(value);
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static Instant time(JsonNode node, Instant fallback) {
		try {
			return node.isString() ? Instant.parse(node.asString()) : fallback;
		}
		catch (DateTimeParseException e) {
			return fallback;
		}
	}

}
