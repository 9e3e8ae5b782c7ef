package no.samtale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import no.samtale.platform.RefusedContentException;

/**
 * An identity number a person would read as one is found however its digits are written: separated, with invisible
 * characters in between, in full-width or Arabic-Indic digits. Findings point at the text as written, so masking
 * hides exactly its digits. And eleven digits introduced as an identity number that fail its checks are a probable,
 * mistyped one: masked, but not refused.
 */
class NormalisedFormsTests {

	private static final PersonalDataDetector detector = new PersonalDataDetector();

	private static final PersonalDataPolicy policy = new PersonalDataPolicy(detector);

	private static final String NUMBER = TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 1, 77).get(0);

	private static final List<UnaryOperator<String>> WRITINGS = List.of(
			n -> n.substring(0, 6) + "-" + n.substring(6),
			n -> n.substring(0, 6) + "." + n.substring(6),
			n -> n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + " " + n.substring(6),
			n -> n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-" + n.substring(6),
			n -> n.substring(0, 2) + "-" + n.substring(2, 4) + "-" + n.substring(4, 6) + "-" + n.substring(6),
			n -> n.substring(0, 6) + "\u200b" + n.substring(6),
			n -> n.substring(0, 3) + "\u00ad" + n.substring(3, 8) + "\u2060" + n.substring(8),
			n -> "\u202e" + n + "\u202c",
			n -> shift(n, 0xff10),
			n -> shift(n, 0x0660),
			n -> shift(n, 0x06f0),
			n -> shift(n.substring(0, 6), 0xff10) + "\uff0d" + shift(n.substring(6), 0xff10));

	@Test
	void anIdentityNumberIsFoundInEveryWritingAPersonReadsAsOne() {
		for (UnaryOperator<String> writing : WRITINGS) {
			String written = writing.apply(NUMBER);
			String text = "Mitt fnr er " + written + ", hva gjør jeg?";
			int start = text.indexOf(written);
			List<Finding> found = detector.scan(text);
			assertThat(found).as(written).hasSize(1);
			assertThat(found.get(0).type()).as(written).isEqualTo(FindingType.NATIONAL_ID);
			// The span covers the digits as written; invisible characters at its edges may fall outside.
			assertThat(found.get(0).start()).as(written).isBetween(start, start + 1);
			assertThat(found.get(0).end()).as(written).isBetween(start + written.length() - 1, start + written.length());
		}
	}

	@Test
	void maskingHidesEveryDigitAsWritten() {
		for (UnaryOperator<String> writing : WRITINGS) {
			String written = writing.apply(NUMBER);
			String masked = detector.mask("fnr " + written + " takk");
			assertThat(masked).as(written).startsWith("fnr ").endsWith(" takk");
			assertThat(masked.codePoints().filter(Character::isDigit).count()).as(masked).isZero();
		}
	}

	@Test
	void theForumRefusesEveryWriting() {
		assertThatThrownBy(() -> policy.refuseIdentityNumbers("body", "Mitt fnr er 080289-44382, hva gjør jeg?"))
			.isInstanceOf(RefusedContentException.class);
		for (UnaryOperator<String> writing : WRITINGS) {
			String written = writing.apply(NUMBER);
			assertThatThrownBy(() -> policy.refuseIdentityNumbers("body", "fnr " + written)).as(written)
				.isInstanceOf(RefusedContentException.class);
		}
	}

	@Test
	void aFailingNumberIntroducedAsAnIdentityNumberIsAProbableOne() {
		String failing = NUMBER.substring(0, 10) + (char) ('0' + (NUMBER.charAt(10) - '0' + 1) % 10);
		for (String intro : List.of("fødselsnummeret mitt er ", "fnr ", "Fnr: ", "f.nr. ", "personnummer ", "personnr ",
				"mitt fnr er ")) {
			String text = intro + failing + " ok";
			assertThat(detector.scan(text)).as(text)
				.containsExactly(new Finding(FindingType.PROBABLE_ID, intro.length(), intro.length() + 11));
			assertThat(policy.masked(text)).as(text).doesNotContain(failing);
			// Not certain enough to refuse a post or hide a comment.
			policy.refuseIdentityNumbers("body", text);
			assertThat(policy.holdsIdentityNumber(text)).isFalse();
		}
		for (String text : List.of("Kan " + failing + " være et gyldig nummer?", "Dette fødselsnummeret blir avvist: "
				+ failing, "saksnummer " + failing)) {
			assertThat(detector.scan(text)).as(text).noneMatch(f -> f.type() == FindingType.PROBABLE_ID);
		}
	}

	@Test
	void datesTimesAndPlainTextAreNotReadAsIdentityNumbers() {
		for (String text : List.of("Møtet er 12.03.24 kl 10-12", "Tlf 22 33 44 55", "Beløp 12 345,67 kr",
				"Avtale 01.02.03 12345", "ﾃｽﾄ æøå ÆØÅ", "Søknad 2024-01-15", "Vi ses 24.12.2024")) {
			assertThat(detector.scan(text)).as(text).noneMatch(f -> f.type().identityNumberOrProbablyOne());
		}
	}

	private static String shift(String digits, int zero) {
		StringBuilder shifted = new StringBuilder();
		digits.chars().forEach(c -> shifted.append((char) (zero + c - '0')));
		return shifted.toString();
	}

}
