package no.samtale.channels.internal.linkedin;

/**
 * LinkedIn reads a post's {@code commentary} as "little text": {@code @[name](urn)} mentions, hashtags and the like,
 * where its reserved characters must be escaped with a backslash to be shown as written (an unescaped one can cut
 * the post off or fail it). Comments are plain text and are sent as written.
 */
final class LittleText {

	private static final String RESERVED = "\\|{}@[]()<>#*_~";

	private LittleText() {
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (RESERVED.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
