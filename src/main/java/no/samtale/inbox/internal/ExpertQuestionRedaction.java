package no.samtale.inbox.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.privacy.Finding;
import no.samtale.privacy.FindingType;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Takes personal data out of a citizen's question before it leaves the inbox for the forum, which thousands read
 * for years. Replaces (not masks) what the privacy module finds, every run of eleven digits (a mistyped identity
 * number is still one), and the names the inbox knows: the correspondents of the conversation. The detector does
 * not find other names; the advisor sees the preview before asking.
 */
@Component
class ExpertQuestionRedaction {

	/** What was taken out, by kind, so the page can say so. */
	record Redacted(String text, List<String> removed) {
	}

	private record Span(int start, int end, String kind) {
	}

	private final PersonalDataPolicy privacy;

	ExpertQuestionRedaction(PersonalDataPolicy privacy) {
		this.privacy = privacy;
	}

	Redacted redact(String text, Collection<String> names) {
		List<Span> spans = new ArrayList<>();
		for (Finding finding : privacy.findings(text)) {
			spans.add(new Span(finding.start(), finding.end(), kind(finding.type())));
		}
		elevenDigitRuns(text, spans);
		names(text, names, spans);
		spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
		StringBuilder out = new StringBuilder(text.length());
		Set<String> removed = new LinkedHashSet<>();
		int at = 0;
		for (Span span : spans) {
			if (span.start() < at) {
				continue;
			}
			out.append(text, at, span.start()).append('[').append(label(span.kind())).append(']');
			removed.add(span.kind());
			at = span.end();
		}
		out.append(text, at, text.length());
		return new Redacted(out.toString(), List.copyOf(removed));
	}

	private static String kind(FindingType type) {
		if (type.identityNumberOrProbablyOne()) {
			return "identity-number";
		}
		return switch (type) {
			case BANK_ACCOUNT -> "bank-account";
			case PHONE -> "phone";
			default -> "email";
		};
	}

	/** Words a reader of the forum understands, in the forum's language. */
	private static String label(String kind) {
		return switch (kind) {
			case "identity-number" -> "fødselsnummer fjernet";
			case "bank-account" -> "kontonummer fjernet";
			case "phone" -> "telefonnummer fjernet";
			case "name" -> "navn fjernet";
			default -> "e-post fjernet";
		};
	}

	private static void elevenDigitRuns(String text, List<Span> spans) {
		int i = 0;
		while (i < text.length()) {
			if (!Character.isDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			int digits = 0;
			// Identity numbers are written with a space or dot after the birth date too: "240587 12345".
			while (i < text.length() && (Character.isDigit(text.charAt(i))
					|| (text.charAt(i) == ' ' || text.charAt(i) == '.') && i + 1 < text.length()
							&& Character.isDigit(text.charAt(i + 1)) && digits == 6)) {
				if (Character.isDigit(text.charAt(i))) {
					digits++;
				}
				i++;
			}
			if (digits == 11) {
				spans.add(new Span(start, i, "identity-number"));
			}
		}
	}

	/** Each part of a known name of two letters or more, as a whole word, in any case. */
	private static void names(String text, Collection<String> names, List<Span> spans) {
		String lower = text.toLowerCase(Locale.ROOT);
		Set<String> parts = new LinkedHashSet<>();
		for (String name : names) {
			if (name == null) {
				continue;
			}
			for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
				if (part.length() >= 2) {
					parts.add(part);
				}
			}
		}
		for (String part : parts) {
			int from = 0;
			int found;
			while ((found = lower.indexOf(part, from)) >= 0) {
				int end = found + part.length();
				boolean wholeWord = (found == 0 || !Character.isLetterOrDigit(lower.charAt(found - 1)))
						&& (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
				if (wholeWord) {
					spans.add(new Span(found, end, "name"));
				}
				from = end;
			}
		}
	}

}
