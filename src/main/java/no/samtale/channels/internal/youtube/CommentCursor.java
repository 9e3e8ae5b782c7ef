package no.samtale.channels.internal.youtube;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far a channel's comments have been read: a time watermark (the newest {@code publishedAt} seen) and the ids
 * seen at exactly that time. A comment is new if it is later than the watermark, or at it and not among the ids;
 * so two comments in the same second are both read, and one read twice is skipped. Stored as
 * {@code v1|<epoch millis>|<id>,<id>}.
 */
record CommentCursor(Instant watermark, Set<String> idsAtWatermark) {

	static final CommentCursor START = new CommentCursor(Instant.EPOCH, Set.of());

	static CommentCursor parse(String stored) {
		if (stored == null || !stored.startsWith("v1|")) {
			return START;
		}
		String[] parts = stored.split("\\|", 3);
		Set<String> ids = new TreeSet<>();
		if (parts.length == 3 && !parts[2].isEmpty()) {
			ids.addAll(Arrays.asList(parts[2].split(",")));
		}
		return new CommentCursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), ids);
	}

	boolean isStart() {
		return watermark.equals(Instant.EPOCH);
	}

	boolean isNew(String id, Instant publishedAt) {
		return publishedAt.isAfter(watermark) || publishedAt.equals(watermark) && !idsAtWatermark.contains(id);
	}

	/** The cursor after also seeing this comment. */
	CommentCursor seen(String id, Instant publishedAt) {
		if (publishedAt.isAfter(watermark)) {
			return new CommentCursor(publishedAt, Set.of(id));
		}
		if (publishedAt.equals(watermark) && !idsAtWatermark.contains(id)) {
			Set<String> ids = new TreeSet<>(idsAtWatermark);
			ids.add(id);
			return new CommentCursor(watermark, ids);
		}
		return this;
	}

	String format() {
		return "v1|" + watermark.toEpochMilli() + "|" + String.join(",", new TreeSet<>(idsAtWatermark));
	}

}
