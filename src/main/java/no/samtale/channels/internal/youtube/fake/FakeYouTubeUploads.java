package no.samtale.channels.internal.youtube.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo channel's videos, in memory: an upload session holds the metadata until the file comes (the file itself
 * is read and dropped; only its size is kept), then the video is listed first in the channel's uploads playlist, as
 * YouTube lists uploads. A scheduled one stays private until its {@code publishAt}.
 */
class FakeYouTubeUploads {

	/** The channel's uploads playlist: YouTube names it after the channel, {@code UU} for {@code UC}. */
	static final String UPLOADS = "UU" + FakeYouTube.CHANNEL_ID.substring(2);

	private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();

	private final List<Map<String, Object>> videos = new ArrayList<>();

	/** Keeps the metadata of an upload to come; answers the session's id. */
	String start(Map<String, Object> resource) {
		String session = FakeYouTube.token();
		sessions.put(session, resource == null ? Map.of() : resource);
		return session;
	}

	/** The file of a session came: the video, or null when there is no such session. */
	@SuppressWarnings("unchecked")
	synchronized Map<String, Object> finish(String session, long bytes, Instant now) {
		Map<String, Object> resource = sessions.remove(session);
		if (resource == null) {
			return null;
		}
		Map<String, Object> snippet = new LinkedHashMap<>((Map<String, Object>) resource.getOrDefault("snippet",
				Map.of()));
		snippet.put("publishedAt", now.toString());
		snippet.put("channelId", FakeYouTube.CHANNEL_ID);
		Map<String, Object> status = new LinkedHashMap<>((Map<String, Object>) resource.getOrDefault("status",
				Map.of()));
		status.put("uploadStatus", "uploaded");
		Map<String, Object> video = new LinkedHashMap<>();
		video.put("kind", "youtube#video");
		video.put("id", FakeYouTube.token().substring(0, 11));
		video.put("snippet", snippet);
		video.put("status", status);
		video.put("fileDetails", Map.of("fileSize", String.valueOf(bytes)));
		videos.add(0, video);
		return video;
	}

	synchronized boolean delete(String id) {
		return videos.removeIf(video -> id.equals(video.get("id")));
	}

	/** The uploads playlist's items, newest first, as {@code playlistItems.list} shapes them. */
	@SuppressWarnings("unchecked")
	synchronized List<Map<String, Object>> playlistItems() {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Map<String, Object> video : videos) {
			Map<String, Object> snippet = (Map<String, Object>) video.get("snippet");
			items.add(Map.of("kind", "youtube#playlistItem", "id", "PL" + video.get("id"), "snippet",
					Map.of("title", snippet.getOrDefault("title", ""), "publishedAt", snippet.get("publishedAt"),
							"playlistId", UPLOADS, "resourceId",
							Map.of("kind", "youtube#video", "videoId", video.get("id")))));
		}
		return items;
	}

}
