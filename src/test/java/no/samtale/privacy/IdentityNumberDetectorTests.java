package no.samtale.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentityNumberDetectorTests {

	private static final PersonalDataDetector detector = new PersonalDataDetector();

	@ParameterizedTest
	@EnumSource(names = { "NATIONAL_ID", "D_NUMBER", "H_NUMBER", "SYNTHETIC_ID" })
	void everyValidNumberOfEachTypeIsFoundUnderTheRuleInForce(FindingType type) {
		for (String number : TestNumbers.identityNumbers(type, 0, 2000, type.ordinal())) {
			assertThat(detector.scan("Mitt nummer er " + number + ", hjelp!"))
				.as(number).containsExactly(new Finding(type, 15, 26));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void everyValidNumberIsFoundUnderTheRuleFrom2032(int remainder) {
		for (FindingType type : List.of(FindingType.NATIONAL_ID, FindingType.D_NUMBER, FindingType.H_NUMBER,
				FindingType.SYNTHETIC_ID)) {
			for (String number : TestNumbers.identityNumbers(type, remainder, 500, remainder * 10L + type.ordinal())) {
				assertThat(detector.scan(number)).as(number).containsExactly(new Finding(type, 0, 11));
			}
		}
	}

	@Test
	void aNumberWithOneSpaceAfterTheDateIsFoundWithTheSpaceInItsSpan() {
		for (String number : TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 200, 7)) {
			String text = "fnr: " + number.substring(0, 6) + " " + number.substring(6);
			assertThat(detector.scan(text)).as(text).containsExactly(new Finding(FindingType.NATIONAL_ID, 5, 17));
		}
	}

	@Test
	void anyOneDigitChangedIsOnlyAProbableIdentityNumber() {
		for (String number : TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 100, 11)) {
			for (int i = 0; i < 11; i++) {
				for (char digit = '0'; digit <= '9'; digit++) {
					if (digit != number.charAt(i)) {
						String changed = number.substring(0, i) + digit + number.substring(i + 1);
						assertThat(detector.scan("fnr " + changed)).as(changed).containsExactly(probable(4, changed));
					}
				}
			}
		}
	}

	@Test
	void twoNeighbouringDigitsSwappedIsOnlyAProbableIdentityNumber() {
		for (FindingType type : List.of(FindingType.NATIONAL_ID, FindingType.D_NUMBER, FindingType.SYNTHETIC_ID)) {
			for (String number : TestNumbers.identityNumbers(type, 0, 300, 13)) {
				// Up to K1: swapping the two control digits can, rarely, give a valid account number.
				for (int i = 0; i < 9; i++) {
					String swapped = TestNumbers.swapped(number, i);
					if (!swapped.equals(number)) {
						assertThat(detector.scan("fnr " + swapped)).as(swapped).containsExactly(probable(4, swapped));
						assertThat(detector.scan("til " + swapped)).as(swapped).noneMatch(f -> f.type().identityNumber());
					}
				}
			}
		}
	}

	@Test
	void theFirstControlSumMayNotLeaveFourOrMore() {
		String nine = validNumber("150798").substring(0, 9);
		for (int remainder = 4; remainder <= 10; remainder++) {
			String number = TestNumbers.withControlDigits(nine, remainder);
			if (number != null) {
				assertThat(detector.scan("fnr " + number)).as(number).containsExactly(probable(4, number));
			}
		}
		assertThat(detector.scan(TestNumbers.withControlDigits(nine, 0))).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "310270912", "300270912", "290271912", "320170912", "011370912", "001170912", "010070912",
			"725270912", "013370912", "019370912" })
	void aNumberWithAnImpossibleDateIsNoIdentityNumber(String nine) {
		String number = TestNumbers.withControlDigits(nine, 0);
		if (number == null) {
			number = TestNumbers.withControlDigits(nine.substring(0, 8) + "3", 0);
		}
		assertThat(detector.scan("Her er fødselsnummeret mitt: " + number)).as(number)
			.noneMatch(finding -> finding.type().identityNumber());
		// Its last digit passes the account check (the weights are K2's), so only the word before rules that out: it
		// was meant as an identity number and is a probable (mistyped) one.
		assertThat(detector.scan("fødselsnummer: " + number)).as(number).containsExactly(probable(15, number));
	}

	@Test
	void theTwentyNinthOfFebruaryCountsInYearsThatCanBeLeapYears() {
		assertThat(detector.scan(validNumber("290272"))).extracting(Finding::type).containsExactly(FindingType.NATIONAL_ID);
		assertThat(detector.scan(validNumber("290200"))).extracting(Finding::type).containsExactly(FindingType.NATIONAL_ID);
		assertThat(detector.scan("fnr " + validNumber("290273"))).extracting(Finding::type)
			.containsExactly(FindingType.PROBABLE_ID);
	}

	@Test
	void monthPlusFortyIsAnHNumberAndPlusEightyASyntheticNumber() {
		assertThat(detector.scan(validNumber("014170"))).extracting(Finding::type).containsExactly(FindingType.H_NUMBER);
		assertThat(detector.scan(validNumber("018170"))).extracting(Finding::type).containsExactly(FindingType.SYNTHETIC_ID);
		assertThat(detector.scan(validNumber("414170"))).extracting(Finding::type).containsExactly(FindingType.SYNTHETIC_ID);
		assertThat(detector.scan(validNumber("418170"))).extracting(Finding::type).containsExactly(FindingType.SYNTHETIC_ID);
		assertThat(detector.scan(validNumber("410170"))).extracting(Finding::type).containsExactly(FindingType.D_NUMBER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fnr{}", "1{}9", "9{}", "{}1", "a{}", "{}b", "2023/{}", "{}/2024", "{}.5", "12.{}",
			"{}-1", "1-{}", "{}@nav.no" })
	void aNumberInsideALongerRunOrAWordIsNoFinding(String template) {
		String number = TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 1, 3).get(0);
		String text = template.replace("{}", number);
		assertThat(detector.scan(text)).as(text).noneMatch(f -> f.type().identityNumber());
	}

	@ParameterizedTest
	@ValueSource(strings = { "({})", "fnr: {}.", "fnr {}, takk", "\"{}\"", "-{} -", "{}\n", "fnr.{}", "nr.{}?" })
	void punctuationAroundANumberDoesNotHideIt(String template) {
		String number = TestNumbers.identityNumbers(FindingType.NATIONAL_ID, 0, 1, 3).get(0);
		String text = template.replace("{}", number);
		int start = text.indexOf(number);
		assertThat(detector.scan(text)).as(text).containsExactly(new Finding(FindingType.NATIONAL_ID, start, start + 11));
	}

	private static Finding probable(int start, String number) {
		return new Finding(FindingType.PROBABLE_ID, start, start + number.length());
	}

	private static String validNumber(String date) {
		for (int individual = 900; individual < 1000; individual++) {
			String number = TestNumbers.withControlDigits(date + individual, 0);
			if (number != null) {
				return number;
			}
		}
		throw new IllegalStateException(date);
	}

}
