package no.samtale.privacy.internal;

/**
 * The text as the detector reads it, where a person would see the same digits: invisible characters (zero-width
 * space and joiners, soft hyphen, bidi controls, any other format character) are left out, every decimal digit
 * ('٣', '３', '߃') becomes its ASCII digit, full-width forms ('－', '．', 'ｆｎｒ') their ASCII forms (NFKC), and
 * dashes and spaces of other widths a plain '-' and ' '. Each char of the normalised text remembers where it came
 * from, so findings are reported (and masked) on the original text.
 *
 * <p>Text without any such char, nearly all text, is not copied: {@link #of} answers null at the cost of one look
 * at each char above ASCII.
 */
final class NormalisedText {

	private final StringBuilder text;

	/** For each char of {@link #text}, the index of the original char it came from. */
	private final int[] origin;

	private NormalisedText(StringBuilder text, int[] origin) {
		this.text = text;
		this.origin = origin;
	}

	/** The normalised text, or null when {@code original} reads the same without normalising. */
	static NormalisedText of(CharSequence original) {
		int n = original.length();
		int first = -1;
		for (int i = 0; i < n; i++) {
			char c = original.charAt(i);
			if (c >= 0x80 && changes(c)) {
				first = i;
				break;
			}
		}
		if (first < 0) {
			return null;
		}
		StringBuilder text = new StringBuilder(n);
		int[] origin = new int[n];
		text.append(original, 0, first);
		for (int i = 0; i < first; i++) {
			origin[i] = i;
		}
		for (int i = first; i < n; i++) {
			char c = original.charAt(i);
			char normal = c < 0x80 ? c : normalise(c);
			if (normal != 0) {
				origin[text.length()] = i;
				text.append(normal);
			}
		}
		return new NormalisedText(text, origin);
	}

	CharSequence text() {
		return text;
	}

	/** The original index of normalised char {@code index}. */
	int startOf(int index) {
		return origin[index];
	}

	/** The original end (exclusive) of a span ending before normalised char {@code end}. */
	int endOf(int end) {
		return origin[end - 1] + 1;
	}

	private static boolean changes(char c) {
		return c != 0xa0 && c != 0x202f && normalise(c) != c;
	}

	/** The char {@code c} reads as, or 0 when it is invisible. */
	static char normalise(char c) {
		if (c == 0xa0 || c == 0x202f) {
			return c;
		}
		int type = Character.getType(c);
		if (type == Character.FORMAT) {
			return 0;
		}
		if (type == Character.DECIMAL_DIGIT_NUMBER) {
			int digit = Character.digit(c, 10);
			return digit >= 0 ? (char) ('0' + digit) : c;
		}
		if (c >= 0xff01 && c <= 0xff5e) {
			return (char) (c - 0xfee0);
		}
		if (c >= 0x2010 && c <= 0x2015 || c == 0x2212 || c == 0xfe63) {
			return '-';
		}
		if (c >= 0x2000 && c <= 0x200a || c == 0x3000 || c == 0x205f) {
			return ' ';
		}
		return c;
	}

}
