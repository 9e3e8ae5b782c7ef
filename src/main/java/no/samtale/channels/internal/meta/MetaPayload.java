package no.samtale.channels.internal.meta;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.Visibility;
import no.samtale.channels.internal.meta.CommentChanges.Change;

/**
 * What Meta sends, in Samtale's terms: the one mapping of webhook entries and of Graph API reads (a backfill) to
 * comment changes and private messages. Pure: no database, no network. It holds the rules both ways share: a
 * comment's thread is its top comment (itself when its parent is the post); the page's own comments and echoes
 * are not the citizen's; every text is made storable ({@link WebhookText}); and facts are kept, not words for
 * them: an author Meta does not name has no name (null), and a message without text (an image, a sticker, an
 * attachment) has an empty body. The client says so in the reader's language.
 */
final class MetaPayload {

	// The Graph API writes times as 2026-11-24T06:00:00+0000.
	private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

	private MetaPayload() {
	}

	sealed interface Event permits CommentEvent, MessageEvent {
	}

	/** A change to a public comment at Meta's time {@code at}, with the comment as Samtale keeps it. */
	record CommentEvent(Change change, Instant at, InboundMessage comment) implements Event {

		/** The comment with another text: the latest known when an edit overtook the comment. */
		InboundMessage withText(String body) {
			return new InboundMessage(comment.externalId(), comment.kind(), comment.threadExternalId(),
					comment.authorExternalId(), comment.authorName(), body, comment.contextExternalId(),
					comment.contextBody(), comment.sentAt());
		}

	}

	/** A private message from a citizen; the sender's name is looked up separately (it takes a call to Meta). */
	record MessageEvent(String senderId, String messageId, String text, Instant at, boolean instagram)
			implements Event {

		/** The message, from a sender named {@code senderName}, or null when Meta will not say. */
		InboundMessage from(String senderName) {
			return new InboundMessage(messageId, Visibility.PRIVATE, senderId, senderId, senderName, text, null, null,
					at);
		}

	}

	/** The events of one webhook {@code entry}; {@code now} stands in for a time Meta left out. */
	static List<Event> ofEntry(String object, JsonNode entry, Instant now) {
		String pageId = text(entry.path("id"));
		Instant at = entry.has("time") ? Instant.ofEpochSecond(entry.path("time").asLong()) : now;
		List<Event> events = new ArrayList<>();
		for (JsonNode change : entry.path("changes")) {
			comment(object, pageId, change, at).ifPresent(events::add);
		}
		for (JsonNode messaging : entry.path("messaging")) {
			message(object, pageId, messaging, now).ifPresent(events::add);
		}
		return events;
	}

	/** A {@code changes} item: a page feed comment, or an Instagram comment. Posts, reactions and others are not. */
	private static Optional<Event> comment(String object, String pageId, JsonNode change, Instant at) {
		String field = text(change.path("field"));
		JsonNode value = change.path("value");
		if (pageId.equals(text(value.path("from").path("id")))) {
			return Optional.empty();
		}
		if ("feed".equals(field) && "comment".equals(text(value.path("item")))) {
			String id = text(value.path("comment_id"));
			String postId = text(value.path("post_id"));
			String post = postId.isEmpty() ? text(value.path("post").path("id")) : postId;
			Instant created = value.path("created_time").isNumber()
					? Instant.ofEpochSecond(value.path("created_time").asLong()) : at;
			return Change.ofVerb(text(value.path("verb"))).map(verb -> new CommentEvent(verb, at,
					comment(id, threadOf(id, text(value.path("parent_id")), post), value, facebookName(value),
							value.path("message"), post, null, created)));
		}
		if ("comments".equals(field) && "instagram".equals(object)) {
			String id = text(value.path("id"));
			String parent = text(value.path("parent_id"));
			return Optional.of(new CommentEvent(Change.ADD, at, comment(id, parent.isEmpty() ? id : parent, value,
					instagramName(value), value.path("text"), text(value.path("media").path("id")), null, at)));
		}
		return Optional.empty();
	}

	/** A {@code messaging} item from a citizen: Messenger, or Instagram direct. Echoes and receipts are not. */
	private static Optional<Event> message(String object, String pageId, JsonNode messaging, Instant now) {
		JsonNode message = messaging.path("message");
		String sender = text(messaging.path("sender").path("id"));
		if (message.isMissingNode() || message.path("is_echo").asBoolean(false) || sender.equals(pageId)) {
			return Optional.empty();
		}
		Instant at = messaging.has("timestamp") ? Instant.ofEpochMilli(messaging.path("timestamp").asLong()) : now;
		return Optional.of(new MessageEvent(sender, text(message.path("mid")), bodyOf(message.path("text")), at,
				"instagram".equals(object)));
	}

	/** The comments of a page's feed as read from {@code GET /{page-id}/feed}, the page's own left out. */
	static List<CommentEvent> ofFeed(String pageId, JsonNode feed) {
		List<CommentEvent> comments = new ArrayList<>();
		for (JsonNode post : feed.path("data")) {
			String postId = text(post.path("id"));
			for (JsonNode comment : post.path("comments").path("data")) {
				String id = text(comment.path("id"));
				read(pageId, comment, threadOf(id, text(comment.path("parent").path("id")), postId), facebookName(comment),
						comment.path("message"), postId, post.path("message"), comment.path("created_time"))
					.ifPresent(comments::add);
			}
		}
		return comments;
	}

	/** The comments and replies of an Instagram account's media as read from {@code GET /{ig-user-id}/media}. */
	static List<CommentEvent> ofMedia(String pageId, JsonNode media) {
		List<CommentEvent> comments = new ArrayList<>();
		for (JsonNode item : media.path("data")) {
			String mediaId = text(item.path("id"));
			for (JsonNode comment : item.path("comments").path("data")) {
				String id = text(comment.path("id"));
				read(pageId, comment, id, instagramName(comment), comment.path("text"), mediaId, item.path("caption"),
						comment.path("timestamp"))
					.ifPresent(comments::add);
				for (JsonNode reply : comment.path("replies").path("data")) {
					read(pageId, reply, id, instagramName(reply), reply.path("text"), mediaId, item.path("caption"),
							reply.path("timestamp"))
						.ifPresent(comments::add);
				}
			}
		}
		return comments;
	}

	private static Optional<CommentEvent> read(String pageId, JsonNode comment, String thread, String author,
			JsonNode body, String contextId, JsonNode contextText, JsonNode time) {
		if (pageId.equals(text(comment.path("from").path("id")))) {
			return Optional.empty();
		}
		Instant at = graphTime(text(time));
		return Optional.of(new CommentEvent(Change.ADD, at,
				comment(text(comment.path("id")), thread, comment, author, body, contextId, shortened(text(contextText)),
						at)));
	}

	private static InboundMessage comment(String id, String thread, JsonNode comment, String author, JsonNode body,
			String contextId, String contextText, Instant sentAt) {
		String from = text(comment.path("from").path("id"));
		return new InboundMessage(id, Visibility.PUBLIC, thread, from.isEmpty() ? text(comment.path("username")) : from,
				author, bodyOf(body), contextId.isEmpty() ? null : contextId, contextText, sentAt);
	}

	/** A comment's thread is its top comment: itself when it answers the post, else the comment it answers. */
	static String threadOf(String commentId, String parentId, String postId) {
		return parentId.isEmpty() || parentId.equals(postId) ? commentId : parentId;
	}

	/** The commenter's name; null when Meta leaves it out. */
	private static String facebookName(JsonNode comment) {
		String name = text(comment.path("from").path("name"));
		return name.isBlank() ? null : name;
	}

	/** The commenter's username; null when Meta leaves it out. */
	private static String instagramName(JsonNode comment) {
		String username = text(comment.path("from").path("username"));
		username = username.isEmpty() ? text(comment.path("username")) : username;
		return username.isBlank() ? null : username;
	}

	/** The text; empty for a message without any (an image, a sticker or an attachment). */
	private static String bodyOf(JsonNode node) {
		String body = text(node);
		return body.isBlank() ? "" : body;
	}

	private static String shortened(String value) {
		if (value.isBlank()) {
			return null;
		}
		return value.length() > Intake.MAX_BODY ? value.substring(0, Intake.MAX_BODY) : value;
	}

	/** A text value as Samtale can store it; empty when absent. */
	private static String text(JsonNode node) {
		return WebhookText.storable(node.asString(""));
	}

	static Instant graphTime(String value) {
		try {
			return OffsetDateTime.parse(value, GRAPH_TIME).toInstant();
		}
		catch (DateTimeParseException e) {
			return Instant.now();
		}
	}

}
