package no.samtale.publishing.internal;

/**
 * A post has no title of its own; the calendar names it by its first words: the first line, white space folded, cut
 * before a word that would pass {@link #MAX} characters, with an ellipsis when anything was left out.
 */
final class PostTitle {

	static final int MAX = 80;

	private PostTitle() {
	}

	static String of(String text) {
		String folded = text.strip();
		int lineEnd = folded.indexOf('\n');
		boolean cut = lineEnd >= 0;
		String line = (cut ? folded.substring(0, lineEnd) : folded).replaceAll("\\s+", " ").strip();
		if (line.length() > MAX) {
			int space = line.lastIndexOf(' ', MAX);
			line = line.substring(0, space > MAX / 2 ? space : MAX).strip();
			cut = true;
		}
		return cut ? line + "…" : line;
	}

}
