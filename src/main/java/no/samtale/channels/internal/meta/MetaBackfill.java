package no.samtale.channels.internal.meta;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.Visibility;
import no.samtale.channels.internal.meta.MetaPages.Page;
import no.samtale.channels.internal.meta.MetaPages.PageKind;

/**
 * Reads recent comments from the Graph API to close gaps the webhook left: when a page or Instagram account is
 * connected, and after downtime ({@link MetaGapCheck}). Facebook: the page's 25 latest posts with up to 100
 * comments each ({@code GET /{page-id}/feed}); Instagram: the 25 latest media with their comments and replies
 * ({@code GET /{ig-user-id}/media}). Every comment goes the way of a webhook's ({@link MetaDeliveryProcessor}), so
 * the intake's unique (account, Meta id) makes one seen both ways arrive once, and a removed one stays removed.
 */
@Component
class MetaBackfill {

	static final String FEED_FIELDS = "id,message,comments.filter(stream).limit(100){id,message,from,created_time,parent{id}}";

	static final String MEDIA_FIELDS = "id,caption,timestamp,comments.limit(100){id,text,timestamp,from,username,"
			+ "replies.limit(100){id,text,timestamp,from,username}}";

	// The Graph API writes times as 2026-11-24T06:00:00+0000.
	private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

	private static final Logger log = LoggerFactory.getLogger(MetaBackfill.class);

	private final GraphApi graph;

	private final MetaDeliveryProcessor processor;

	MetaBackfill(GraphApi graph, MetaDeliveryProcessor processor) {
		this.graph = graph;
		this.processor = processor;
	}

	/**
	 * Reads the account's recent comments made at or after {@code since} (all recent ones when null) into the
	 * intake; answers how many were read. Throws when Meta could not be asked, so the caller keeps its mark.
	 */
	int comments(Page page, String token, Instant since) throws DeliveryFailure {
		int read = page.kind() == PageKind.INSTAGRAM ? instagram(page, token, since) : facebook(page, token, since);
		if (read > 0) {
			log.info("Backfill read {} comment(s) of Meta account {}", read, page.accountId());
		}
		return read;
	}

	private int facebook(Page page, String token, Instant since) throws DeliveryFailure {
		JsonNode feed = graph.get(page.accountId(), "/" + page.pageId() + "/feed",
				Map.of("limit", "25", "fields", FEED_FIELDS), token);
		int read = 0;
		for (JsonNode post : feed.path("data")) {
			String postId = post.path("id").asString("");
			for (JsonNode comment : post.path("comments").path("data")) {
				String parent = comment.path("parent").path("id").asString("");
				String id = comment.path("id").asString("");
				read += take(page, since, comment, "message", parent.isEmpty() || parent.equals(postId) ? id : parent,
						name(comment.path("from").path("name"), "Facebook-bruker"), postId, post.path("message"),
						comment.path("created_time"));
			}
		}
		return read;
	}

	private int instagram(Page page, String token, Instant since) throws DeliveryFailure {
		JsonNode media = graph.get(page.accountId(), "/" + page.pageId() + "/media",
				Map.of("limit", "25", "fields", MEDIA_FIELDS), token);
		int read = 0;
		for (JsonNode item : media.path("data")) {
			String mediaId = item.path("id").asString("");
			for (JsonNode comment : item.path("comments").path("data")) {
				String id = comment.path("id").asString("");
				read += take(page, since, comment, "text", id, instagramName(comment), mediaId, item.path("caption"),
						comment.path("timestamp"));
				for (JsonNode reply : comment.path("replies").path("data")) {
					read += take(page, since, reply, "text", id, instagramName(reply), mediaId, item.path("caption"),
							reply.path("timestamp"));
				}
			}
		}
		return read;
	}

	/** Hands one comment to the processor unless it is the account's own or older than {@code since}. */
	private int take(Page page, Instant since, JsonNode comment, String textField, String thread, String author,
			String contextId, JsonNode contextText, JsonNode time) {
		String from = comment.path("from").path("id").asString("");
		Instant at = graphTime(time.asString(""));
		if (page.pageId().equals(from) || (since != null && at.isBefore(since))) {
			return 0;
		}
		String text = comment.path(textField).asString("");
		InboundMessage message = new InboundMessage(comment.path("id").asString(""), Visibility.PUBLIC, thread,
				from.isEmpty() ? comment.path("username").asString("") : from, author,
				text.isBlank() ? "(Uten tekst: bilde, klistremerke eller vedlegg)" : text,
				contextId.isEmpty() ? null : contextId, shortened(contextText.asString("")), at);
		return processor.backfilled(page.accountId(), message) ? 1 : 0;
	}

	private static String instagramName(JsonNode comment) {
		String username = comment.path("from").path("username").asString(comment.path("username").asString(""));
		return username.isBlank() ? "Instagram-bruker" : username;
	}

	private static String name(JsonNode node, String fallback) {
		String name = node.asString("");
		return name.isBlank() ? fallback : name;
	}

	static Instant graphTime(String value) {
		try {
			return OffsetDateTime.parse(value, GRAPH_TIME).toInstant();
		}
		catch (DateTimeParseException e) {
			return Instant.now();
		}
	}

	private static String shortened(String value) {
		if (value.isBlank()) {
			return null;
		}
		return value.length() > Intake.MAX_BODY ? value.substring(0, Intake.MAX_BODY) : value;
	}

}
