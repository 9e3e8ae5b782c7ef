package no.samtale.channels.internal.meta;

/**
 * Text from Meta as the database can hold it. PostgreSQL's text cannot hold U+0000 (a delivery with one failed every
 * attempt, and a raw NUL byte failed every delivery committed with it), and a lone UTF-16 surrogate is no character
 * at all (H2 stores it, and JSON written from it is unreadable). Both are dropped: neither carries meaning a
 * citizen wrote, and Meta's signature was checked on the bytes as sent, before this.
 */
public final class WebhookText {

	private WebhookText() {
	}

	public static String storable(String text) {
		if (text == null || !needsCleaning(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				kept.append(c).append(text.charAt(++i));
			}
			else if (c != '\u0000' && !Character.isSurrogate(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static boolean needsCleaning(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000' || Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
