package no.samtale.publishing.internal.blog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Web addresses from Norwegian titles: "Uttak av alderspensjon – fra 62 år?" becomes "uttak-av-alderspensjon-fra-62-ar". */
final class Slugs {

	static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slugs() {
	}

	static String of(String title) {
		String lower = title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
		String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
	}

	static boolean valid(String slug) {
		return slug.length() <= 120 && VALID.matcher(slug).matches();
	}

}
