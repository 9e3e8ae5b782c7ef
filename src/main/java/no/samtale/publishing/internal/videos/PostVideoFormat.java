package no.samtale.publishing.internal.videos;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a video upload is, decided from its first bytes (never from its name or the type the browser claims): MP4 and
 * QuickTime are ISO media files whose first box is {@code ftyp} (QuickTime's brand is {@code qt}; an old QuickTime
 * file may start with its movie or data box instead), WebM is an EBML file whose document type is {@code webm}.
 * These are what YouTube recommends and what phones and editing tools write.
 */
final class PostVideoFormat {

	/** How many first bytes the decision reads. */
	static final int HEAD = 64;

	private PostVideoFormat() {
	}

	/** video/mp4, video/quicktime or video/webm; empty for anything else (Matroska, 3GP, AVI, not a video). */
	static Optional<String> detect(byte[] head, int length) {
		if (length >= 12 && box(head, 4, "ftyp")) {
			if (box(head, 8, "qt  ")) {
				return Optional.of("video/quicktime");
			}
			// 3GPP files are ISO media too, but not what the editor was offered.
			return box(head, 8, "3g") ? Optional.empty() : Optional.of("video/mp4");
		}
		if (length >= 8 && (box(head, 4, "moov") || box(head, 4, "mdat") || box(head, 4, "wide"))) {
			return Optional.of("video/quicktime");
		}
		if (length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
				&& (head[3] & 0xFF) == 0xA3) {
			String start = new String(head, 0, length, StandardCharsets.ISO_8859_1);
			return start.contains("webm") ? Optional.of("video/webm") : Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean box(byte[] head, int at, String name) {
		if (head.length < at + name.length()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if ((head[at + i] & 0xFF) != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
