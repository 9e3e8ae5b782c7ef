package no.samtale.channels.internal.youtube;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.Visibility;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.PollingConnector;

/**
 * YouTube has no webhooks for comments: the channel's comment threads are read with {@code commentThreads.list}
 * ({@code allThreadsRelatedToChannelId}, newest first, 100 a page, 1 unit a page) until a page holds nothing newer
 * than the cursor's watermark. A top-level comment and the replies that come with its thread (YouTube includes up to
 * five) are handed to the intake, threaded by the top-level comment under its video; the channel's own comments are
 * skipped. The first poll reads one page, so connecting a channel with years of comments does not spend the day's
 * quota on the past.
 */
@Component
class YouTubePoller implements PollingConnector {

	static final int MAX_PAGES = 5;

	private final YouTubeApi api;

	private final Intake intake;

	private final YouTubeSettings settings;

	YouTubePoller(YouTubeApi api, Intake intake, YouTubeSettings settings) {
		this.api = api;
		this.intake = intake;
		this.settings = settings;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.YOUTUBE;
	}

	@Override
	public Duration shortestInterval() {
		return settings.pollInterval();
	}

	@Override
	public int unitsPerPoll() {
		return YouTubeApi.LIST;
	}

	@Override
	public String poll(Connection connection, String stored) throws DeliveryFailure {
		CommentCursor cursor = CommentCursor.parse(stored);
		CommentCursor next = cursor;
		String pageToken = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			Map<String, String> query = new LinkedHashMap<>();
			query.put("part", "snippet,replies");
			query.put("allThreadsRelatedToChannelId", connection.externalId());
			query.put("maxResults", "100");
			query.put("order", "time");
			query.put("textFormat", "plainText");
			if (pageToken != null) {
				query.put("pageToken", pageToken);
			}
			JsonNode answer = api.get(connection.accountId(), "/commentThreads", query);
			boolean anyNew = false;
			for (Comment comment : comments(answer)) {
				if (cursor.isNew(comment.id(), comment.publishedAt())) {
					anyNew = true;
					if (!comment.authorChannelId().equals(connection.externalId())) {
						intake.receive(connection.accountId(), comment.toMessage());
					}
				}
				next = next.seen(comment.id(), comment.publishedAt());
			}
			pageToken = answer.path("nextPageToken").asString("");
			if (cursor.isStart() || !anyNew || pageToken.isEmpty()) {
				break;
			}
		}
		return next.format();
	}

	record Comment(String id, String threadId, String videoId, String authorChannelId, String authorName, String text,
			Instant publishedAt) {

		InboundMessage toMessage() {
			String body = text.length() > Intake.MAX_BODY ? text.substring(0, Intake.MAX_BODY) : text;
			return new InboundMessage(id, Visibility.PUBLIC, threadId, authorChannelId.isEmpty() ? "unknown"
					: authorChannelId, authorName.isEmpty() ? null : authorName, body,
					videoId.isEmpty() ? null : videoId, null, publishedAt);
		}

	}

	/** The comments of one page: each thread's top-level comment, then the replies that came with it. */
	static List<Comment> comments(JsonNode answer) {
		List<Comment> comments = new ArrayList<>();
		for (JsonNode thread : answer.path("items")) {
			JsonNode top = thread.path("snippet").path("topLevelComment");
			String threadId = top.path("id").asString(thread.path("id").asString(""));
			String videoId = thread.path("snippet").path("videoId").asString("");
			add(comments, top, threadId, videoId);
			for (JsonNode reply : thread.path("replies").path("comments")) {
				add(comments, reply, threadId, videoId);
			}
		}
		return comments;
	}

	private static void add(List<Comment> comments, JsonNode comment, String threadId, String videoId) {
		JsonNode snippet = comment.path("snippet");
		String id = comment.path("id").asString("");
		Instant published;
		try {
			published = Instant.parse(snippet.path("publishedAt").asString(""));
		}
		catch (DateTimeParseException unreadable) {
			return;
		}
		if (id.isEmpty() || threadId.isEmpty()) {
			return;
		}
		String text = snippet.path("textOriginal").asString(snippet.path("textDisplay").asString(""));
		comments.add(new Comment(id, threadId, snippet.path("videoId").asString(videoId),
				snippet.path("authorChannelId").path("value").asString(""),
				snippet.path("authorDisplayName").asString(""), text, published));
	}

}
