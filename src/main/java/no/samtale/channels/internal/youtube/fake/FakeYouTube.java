package no.samtale.channels.internal.youtube.fake;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's YouTube channel, in memory: citizens' comments appear now and then (one when the list is read and
 * the last is older than {@link #EVERY}, two at once on the first read), the channel's replies and moderation are
 * kept. Shaped as the Data API v3 answers, so the real connector reads it unchanged.
 */
class FakeYouTube {

	static final String CHANNEL_ID = "UC-demo-jobblyst";

	static final String CHANNEL_TITLE = "NAV Jobblyst";

	static final Duration EVERY = Duration.ofSeconds(45);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String[] VIDEOS = { "demoVideoCv", "demoVideoIntervju", "demoVideoSommerjobb" };

	private static final String[] PHRASES = {
		"Hvordan skriver jeg en god søknad når jeg ikke har erfaring?",
		"Kan jeg få hjelp til CV-en på NAV-kontoret?",
		"Tusen takk for videoen, den hjalp meg før intervjuet!",
		"Hvor finner jeg sommerjobber for ungdom i kommunen min?",
		"Må jeg melde meg som arbeidssøker for å få hjelp til å finne jobb?",
		"Hva svarer man når de spør om svakheter på intervju?",
		"Gjelder dette også for deltidsjobber ved siden av skolen?",
		"Lag gjerne en video om hvordan man bruker arbeidsplassen.no" };

	private final List<Map<String, Object>> threads = new ArrayList<>();

	private final Map<String, List<Map<String, Object>>> replies = new LinkedHashMap<>();

	private Instant lastComment = Instant.EPOCH;

	private int citizens;

	/** The threads, newest first, after a citizen has perhaps written. */
	synchronized List<Map<String, Object>> threads(Instant now) {
		if (lastComment.equals(Instant.EPOCH)) {
			citizenWrites(now.minusSeconds(60));
			citizenWrites(now);
		}
		else if (Duration.between(lastComment, now).compareTo(EVERY) >= 0) {
			citizenWrites(now);
		}
		List<Map<String, Object>> answer = new ArrayList<>();
		for (int i = threads.size() - 1; i >= 0; i--) {
			Map<String, Object> thread = new LinkedHashMap<>(threads.get(i));
			List<Map<String, Object>> its = replies.getOrDefault((String) thread.get("id"), List.of());
			thread.put("replies", Map.of("comments", its.subList(Math.max(0, its.size() - 5), its.size())));
			answer.add(thread);
		}
		return answer;
	}

	private void citizenWrites(Instant at) {
		citizens++;
		String id = "Ugz" + token();
		String video = VIDEOS[RANDOM.nextInt(VIDEOS.length)];
		Map<String, Object> top = comment(id, video, "UC-demo-seer-" + citizens, "@jobbsoker" + (100 + citizens),
				PHRASES[RANDOM.nextInt(PHRASES.length)], at);
		Map<String, Object> snippet = new LinkedHashMap<>();
		snippet.put("channelId", CHANNEL_ID);
		snippet.put("videoId", video);
		snippet.put("topLevelComment", top);
		snippet.put("canReply", true);
		snippet.put("totalReplyCount", 0);
		Map<String, Object> thread = new LinkedHashMap<>();
		thread.put("kind", "youtube#commentThread");
		thread.put("id", id);
		thread.put("snippet", snippet);
		threads.add(thread);
		lastComment = at;
	}

	/** The channel answers a thread; answers the reply. */
	synchronized Map<String, Object> reply(String parentId, String text, Instant now) {
		List<Map<String, Object>> its = replies.get(parentId);
		if (threads.stream().noneMatch(t -> t.get("id").equals(parentId))) {
			return null;
		}
		if (its == null) {
			its = new ArrayList<>();
			replies.put(parentId, its);
		}
		Map<String, Object> reply = comment(parentId + "." + token(), null, CHANNEL_ID, CHANNEL_TITLE, text, now);
		@SuppressWarnings("unchecked")
		Map<String, Object> snippet = (Map<String, Object>) reply.get("snippet");
		snippet.put("parentId", parentId);
		its.add(reply);
		return reply;
	}

	synchronized List<Map<String, Object>> replies(String parentId) {
		return List.copyOf(replies.getOrDefault(parentId, List.of()));
	}

	/** heldForReview and rejected take the comment out of the listing; answers whether it was known. */
	synchronized boolean moderate(String commentId, String status) {
		boolean hide = !"published".equals(status);
		boolean known = threads.stream().anyMatch(t -> commentId.equals(t.get("id")))
				|| replies.values().stream().flatMap(List::stream).anyMatch(r -> commentId.equals(r.get("id")));
		if (hide) {
			threads.removeIf(t -> commentId.equals(t.get("id")));
			replies.values().forEach(its -> its.removeIf(r -> commentId.equals(r.get("id"))));
		}
		return known || !hide;
	}

	private static Map<String, Object> comment(String id, String video, String author, String name, String text,
			Instant at) {
		Map<String, Object> snippet = new LinkedHashMap<>();
		if (video != null) {
			snippet.put("videoId", video);
		}
		snippet.put("textDisplay", text);
		snippet.put("textOriginal", text);
		snippet.put("authorDisplayName", name);
		snippet.put("authorChannelId", Map.of("value", author));
		String time = at.truncatedTo(ChronoUnit.SECONDS).toString();
		snippet.put("publishedAt", time);
		snippet.put("updatedAt", time);
		Map<String, Object> comment = new LinkedHashMap<>();
		comment.put("kind", "youtube#comment");
		comment.put("id", id);
		comment.put("snippet", snippet);
		return comment;
	}

	static String token() {
		StringBuilder id = new StringBuilder();
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
		for (int i = 0; i < 20; i++) {
			id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return id.toString();
	}

}
