package no.samtale.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTests {

	private static final PersonalDataDetector detector = new PersonalDataDetector();

	@Test
	void anAccountNumberIsFoundWholeSpacedOrDotted() {
		for (String account : TestNumbers.accounts(300, 5)) {
			String spaced = account.substring(0, 4) + " " + account.substring(4, 6) + " " + account.substring(6);
			String dotted = spaced.replace(' ', '.');
			for (String written : List.of(account, spaced, dotted)) {
				assertThat(detector.scan("Kan dere betale til " + written + "?")).as(written)
					.containsExactly(new Finding(FindingType.BANK_ACCOUNT, 20, 20 + written.length()));
			}
		}
	}

	@Test
	void anAccountNumberWithAWrongControlDigitIsNoFinding() {
		assertThat(detector.scan("konto 12345678903")).hasSize(1);
		assertThat(detector.scan("konto 12345678904 og 1234.56.78901")).isEmpty();
	}

	@Test
	void anIdentityNumberWrittenAsAnAccountIsStillAnIdentityNumber() {
		String number = TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 1, 21).get(0);
		String dotted = number.substring(0, 4) + "." + number.substring(4, 6) + "." + number.substring(6);
		assertThat(detector.scan(dotted)).containsExactly(new Finding(FindingType.NATIONAL_ID, 0, 13));
	}

	@Test
	void aNumberValidOnlyUnderThe2032RuleIsAnAccountWhenWrittenOrNamedAsOne() {
		// Every identity number passes the account check (K2 has the account's weights).
		String number = TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 2, 1, 17).get(0);
		String dotted = number.substring(0, 4) + "." + number.substring(4, 6) + "." + number.substring(6);
		assertThat(detector.scan(dotted)).extracting(Finding::type).containsExactly(FindingType.BANK_ACCOUNT);
		assertThat(detector.scan("kontonummer: " + number)).extracting(Finding::type)
			.containsExactly(FindingType.BANK_ACCOUNT);
		assertThat(detector.scan("Til " + number)).extracting(Finding::type).containsExactly(FindingType.NATIONAL_ID);
		String inForce = TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 1, 17).get(0);
		assertThat(detector.scan("kontonummer: " + inForce)).extracting(Finding::type)
			.containsExactly(FindingType.NATIONAL_ID);
	}

	@Test
	void anElevenDigitKidOrInvoiceNumberIsNoAccount() {
		assertThat(detector.scan("KID: 12345678903, fakturanummer 12345678903")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ring meg på 91234567", "ring 912 34 567 i dag", "tlf 22 33 44 55.", "+47 912 34 567",
			"+4791234567", "0047 91234567", "004791234567", "(+47 48 12 34 56)", "+47 91234567!", "mob: 45612378" })
	void aPhoneNumberIsFoundInEachUsualWriting(String text) {
		List<Finding> findings = detector.scan(text);
		assertThat(findings).extracting(Finding::type).containsExactly(FindingType.PHONE);
		String found = text.substring(findings.get(0).start(), findings.get(0).end());
		assertThat(found).matches("(\\+47 ?|0047 ?)?[0-9 ]+").endsWith(text.replaceAll("[^0-9]+$", "").substring(
				text.replaceAll("[^0-9]+$", "").length() - 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jeg fikk kr 12 500 i juni", "12 500 kroner", "1 250 000", "kr 25000000", "25000000 kr",
			"45000000,-", "saksnummer 2023/123456", "sak 123456", "saksnummer 23456789", "I 2024 og 2025",
			"01.01.2024", "1. januar 2024", "2024-01-01", "010124", "31122024", "20240315", "org.nr. 923 609 016",
			"923609016", "+46 8 123 456 78", "12 34 56 78 90", "kl 12.30", "11223344", "0123 4567", "Lotto 12 34 56 78 90 11",
			"ref 98765432", "KID 1234567890123" })
	void amountsCaseNumbersYearsAndDatesAreNoFindings(String text) {
		assertThat(detector.scan(text)).as(text).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ola.nordmann@nav.no", "kari_ås+nav@eksempel.no", "bjørn.ærlig@fjøsnes.kommune.no",
			"o.22334455@post.no", "Per-Åge@nav.dep.no" })
	void anEmailAddressIsFoundWithItsNorwegianLetters(String address) {
		String text = "Send til " + address + ". Takk!";
		assertThat(detector.scan(text)).containsExactly(new Finding(FindingType.EMAIL, 9, 9 + address.length()));
	}

	@Test
	void anIdentityNumberRightBeforeAnAddressKeepsItsType() {
		String id = TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 1, 9).get(0);
		assertThat(detector.scan(id + "-kari@nav.no")).containsExactly(new Finding(FindingType.NATIONAL_ID, 0, 11),
				new Finding(FindingType.EMAIL, 12, 23));
	}

	@ParameterizedTest
	@ValueSource(strings = { "@nav", "hei @ola", "ola@nav", "ola@nav.n", "a@b.12", "@@", "ola@.no" })
	void somethingWithAnAtThatIsNoAddressIsNoFinding(String text) {
		assertThat(detector.scan(text)).as(text).isEmpty();
	}

	@Test
	void findingsComeInOrderWithoutOverlap() {
		String id = TestNumbers.identityNumbers(FindingType.D_NUMBER, 0, 1, 1).get(0);
		String text = "Hei, jeg heter Ola (" + id + "), tlf 91234567, e-post ola@nav.no, konto 1234.56.78903.";
		assertThat(detector.scan(text)).extracting(Finding::type).containsExactly(FindingType.D_NUMBER, FindingType.PHONE,
				FindingType.EMAIL, FindingType.BANK_ACCOUNT);
	}

	@Test
	void maskingHidesLettersAndDigitsAndKeepsEveryOffset() {
		String id = TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 1, 1).get(0);
		String text = "fnr " + id.substring(0, 6) + " " + id.substring(6) + ", ring +47 912 34 567 eller ola@nav.no";
		String masked = detector.mask(text);
		assertThat(masked).hasSameSizeAs(text)
			.isEqualTo("fnr •••••• •••••, ring +•• ••• •• ••• eller •••@•••.••");
		assertThat(detector.mask("Ingenting her")).isEqualTo("Ingenting her");
	}

	@Test
	void typesHaveStableCodesAndTheFirstFourAreIdentityNumbers() {
		assertThat(FindingType.values()).extracting(FindingType::code).containsExactly("national-id", "d-number",
				"h-number", "synthetic-id", "bank-account", "phone", "email", "probable-id");
		assertThat(FindingType.values()).filteredOn(FindingType::identityNumber).containsExactly(FindingType.NATIONAL_ID,
				FindingType.D_NUMBER, FindingType.H_NUMBER, FindingType.SYNTHETIC_ID);
		assertThat(FindingType.values()).filteredOn(FindingType::identityNumberOrProbablyOne)
			.containsExactly(FindingType.NATIONAL_ID, FindingType.D_NUMBER, FindingType.H_NUMBER,
					FindingType.SYNTHETIC_ID, FindingType.PROBABLE_ID);
	}

}
