package no.samtale.channels.internal.youtube;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.OutboundVideos;
import no.samtale.channels.OutboundVideos.VideoFile;

/**
 * A post on YouTube is a video: its first line is the video's title, the rest its description. A post for later is
 * uploaded at once as private with {@code status.publishAt}, and YouTube makes it public itself at that time; one
 * whose time has (almost) come is uploaded public. Withdrawing one that is not out yet deletes the video
 * ({@code videos.delete}, 50 units): it never was public.
 *
 * <p>YouTube takes no idempotency key. After an upload whose answer never came, {@link #uploaded} reads the channel's
 * uploads playlist ({@code channels.list} and {@code playlistItems.list}, 1 unit each, where {@code search.list} costs
 * 100) for a video with the post's title added since the attempt.
 */
@Component
class YouTubeVideoPosts {

	/** YouTube's longest title, in characters. */
	static final int MAX_TITLE = 100;

	/** YouTube's longest description, in bytes. */
	static final int MAX_DESCRIPTION_BYTES = 5000;

	/** A time closer than this is not worth scheduling: the video is uploaded public. */
	static final Duration SCHEDULING_LEAD = Duration.ofMinutes(2);

	/** YouTube's video ids are 11 characters; its comment ids are longer, so a target says what it is. */
	private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

	/** People & Blogs, YouTube's own default; the channel owner changes a video's category in YouTube Studio. */
	static final String CATEGORY = "22";

	private final YouTubeApi api;

	private final YouTubeUploads uploads;

	/** Lazily: the module that stores the videos depends on the channels module's beans itself. */
	private final ObjectProvider<OutboundVideos> videos;

	YouTubeVideoPosts(YouTubeApi api, YouTubeUploads uploads, ObjectProvider<OutboundVideos> videos) {
		this.api = api;
		this.uploads = uploads;
		this.videos = videos;
	}

	static boolean isVideoId(String target) {
		return target != null && VIDEO_ID.matcher(target).matches();
	}

	/** A post's title and description as YouTube takes them. */
	record Parts(String title, String description) {
	}

	/** The first line is the title; YouTube refuses angle brackets in both and longer ones than its limits. */
	static Parts parts(String body) throws DeliveryFailure {
		String text = body == null ? "" : body.strip();
		int newline = text.indexOf('\n');
		String title = (newline < 0 ? text : text.substring(0, newline)).strip();
		String description = newline < 0 ? "" : text.substring(newline + 1).strip();
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			throw DeliveryFailure.permanent("A YouTube title (the post's first line) has 1 to " + MAX_TITLE
					+ " characters");
		}
		if (description.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_DESCRIPTION_BYTES) {
			throw DeliveryFailure.permanent("YouTube takes descriptions of at most " + MAX_DESCRIPTION_BYTES + " bytes");
		}
		if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
			throw DeliveryFailure.permanent("YouTube takes no < or > in a video's title or description");
		}
		return new Parts(title, description);
	}

	/** Uploads the post's video: scheduled (private until {@code publishAt}) when its time is ahead, else public. */
	String upload(long accountId, OutboundDelivery delivery, Instant now) throws DeliveryFailure {
		if (delivery.media() == null || !delivery.media().isVideo()) {
			throw DeliveryFailure.permanent("A YouTube post needs a video");
		}
		VideoFile file = videos.getObject()
			.file(delivery.media().videoId())
			.orElseThrow(() -> DeliveryFailure.permanent("The post's video is gone from this server"));
		Parts parts = parts(delivery.body());
		Map<String, Object> snippet = Map.of("title", parts.title(), "description", parts.description(),
				"categoryId", CATEGORY);
		return uploads.upload(accountId, Map.of("snippet", snippet, "status", status(delivery.publishAt(), now)),
				file);
	}

	/** Private with {@code publishAt} for later (YouTube allows it only on a private video), public for now. */
	static Map<String, Object> status(Instant publishAt, Instant now) {
		Map<String, Object> status = new LinkedHashMap<>();
		// An agency's videos are not made for children; saying so spares the channel owner YouTube's question.
		status.put("selfDeclaredMadeForKids", false);
		if (publishAt != null && publishAt.isAfter(now.plus(SCHEDULING_LEAD))) {
			status.put("privacyStatus", "private");
			status.put("publishAt", publishAt.truncatedTo(ChronoUnit.SECONDS).toString());
		}
		else {
			status.put("privacyStatus", "public");
		}
		return status;
	}

	/** The video is not out yet (or is to go): deleted from the channel. */
	void delete(long accountId, String videoId) throws DeliveryFailure {
		api.delete(accountId, "/videos", Map.of("id", videoId));
	}

	/** The channel's video with this post's title added at or after {@code from}, if an earlier upload made it. */
	Optional<String> uploaded(long accountId, OutboundDelivery delivery, Instant from) throws DeliveryFailure {
		String title = parts(delivery.body()).title();
		JsonNode channels = api.get(accountId, "/channels", Map.of("part", "contentDetails", "mine", "true"));
		String playlist = channels.path("items").path(0).path("contentDetails").path("relatedPlaylists")
			.path("uploads").asString("");
		if (playlist.isEmpty()) {
			return Optional.empty();
		}
		JsonNode items = api.get(accountId, "/playlistItems",
				Map.of("part", "snippet", "playlistId", playlist, "maxResults", "50"));
		return withTitle(items, title, from);
	}

	/** Newest first, as YouTube lists uploads: the first with the title added at or after {@code from}. */
	static Optional<String> withTitle(JsonNode items, String title, Instant from) {
		for (JsonNode item : items.path("items")) {
			JsonNode snippet = item.path("snippet");
			String video = snippet.path("resourceId").path("videoId").asString("");
			Instant added;
			try {
				added = Instant.parse(snippet.path("publishedAt").asString(""));
			}
			catch (DateTimeParseException unreadable) {
				continue;
			}
			if (title.equals(snippet.path("title").asString("").strip()) && !added.isBefore(from)
					&& !video.isEmpty()) {
				return Optional.of(video);
			}
		}
		return Optional.empty();
	}

}
