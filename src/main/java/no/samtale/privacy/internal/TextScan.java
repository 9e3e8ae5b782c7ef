package no.samtale.privacy.internal;

import java.util.ArrayList;
import java.util.List;

import no.samtale.privacy.Finding;
import no.samtale.privacy.FindingType;

/**
 * One scan of one text: a single pass over the chars that only stops at digits (a {@link NumberRun}) and at '@'
 * (an e-mail address). Everything else, letters included, costs one comparison, which is what keeps the scanner
 * well above 50 MB/s.
 *
 * <p>E-mail addresses are pragmatic: a local part of letters (æøå and any other Unicode letter), digits and
 * {@code . _ % + -}; a domain of at least two labels of letters, digits and '-', the last one at least two letters.
 * A number inside an address ("ola.22334455@nav.no") is part of the address, not a phone number.
 */
public final class TextScan {

	private final CharSequence text;

	private final List<Finding> findings = new ArrayList<>();

	private NumberRun numbers;

	private int lastEmailEnd;

	private TextScan(CharSequence text) {
		this.text = text;
	}

	/**
	 * The findings in {@code text}, ordered by start and not overlapping. The text is read normalised (see
	 * {@link NormalisedText}), so "080289\u200b44382" or Arabic-Indic digits are found as well; the offsets are those
	 * of {@code text} itself.
	 */
	public static List<Finding> scan(CharSequence text) {
		NormalisedText normalised = NormalisedText.of(text);
		if (normalised == null) {
			return new TextScan(text).run();
		}
		List<Finding> found = new TextScan(normalised.text()).run();
		List<Finding> original = new ArrayList<>(found.size());
		for (Finding finding : found) {
			original.add(new Finding(finding.type(), normalised.startOf(finding.start()),
					normalised.endOf(finding.end())));
		}
		return original;
	}

	private List<Finding> run() {
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (c > '@') {
				i++;
			}
			else if (c >= '0' && c <= '9') {
				i = numbers().scan(i);
			}
			else if (c == '@') {
				i = email(i);
			}
			else {
				i++;
			}
		}
		return findings;
	}

	private NumberRun numbers() {
		if (numbers == null) {
			numbers = new NumberRun(text, findings);
		}
		return numbers;
	}

	/** Reports the address around the '@' at {@code at}, if it is one, and returns where to go on. */
	private int email(int at) {
		int begin = at;
		while (begin > lastEmailEnd && isLocalChar(text.charAt(begin - 1))) {
			begin--;
		}
		int end = domainEnd(at + 1);
		if (end < 0) {
			return at + 1;
		}
		// A number in the local part belongs to the address, except an identity number: its type matters more.
		while (!findings.isEmpty() && findings.get(findings.size() - 1).end() > begin) {
			Finding last = findings.get(findings.size() - 1);
			if (last.type().identityNumber()) {
				begin = last.end();
				break;
			}
			findings.remove(findings.size() - 1);
		}
		while (begin < at && !Character.isLetterOrDigit(text.charAt(begin))) {
			begin++;
		}
		if (begin == at) {
			return at + 1;
		}
		findings.add(new Finding(FindingType.EMAIL, begin, end));
		lastEmailEnd = end;
		return end;
	}

	/** The end of a domain of two or more labels starting at {@code from} with a top level of letters, or -1. */
	private int domainEnd(int from) {
		int n = text.length();
		int p = from;
		int topLevel = -1;
		while (true) {
			int label = p;
			while (p < n && isDomainChar(text.charAt(p))) {
				p++;
			}
			if (p == label) {
				return -1;
			}
			if (p + 1 < n && text.charAt(p) == '.' && isDomainChar(text.charAt(p + 1))) {
				p++;
				topLevel = p;
			}
			else {
				break;
			}
		}
		if (topLevel < 0 || p - topLevel < 2) {
			return -1;
		}
		for (int i = topLevel; i < p; i++) {
			if (!Character.isLetter(text.charAt(i))) {
				return -1;
			}
		}
		return p;
	}

	private static boolean isLocalChar(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomainChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-';
	}

}
