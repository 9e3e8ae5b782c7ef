package no.samtale.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up numbers for the tests, never real people's: fødselsnummer and D-numbers use individual numbers 900–999
 * with birth years 1940–1999, a reserve series not yet issued; numbers under the 2032 rule (first sum ≡ 1–3) are
 * not issued before 2032; H- and synthetic numbers are not people's numbers.
 */
final class TestNumbers {

	private static final int[] FIRST = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };

	private static final int[] SECOND = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

	private TestNumbers() {
	}

	/**
	 * {@code count} valid numbers of {@code type} whose first control sum leaves {@code remainder} (0: the rule in
	 * force, 1–3: the 2032 rule).
	 */
	static List<String> identityNumbers(FindingType type, int remainder, int count, long seed) {
		Random random = new Random(seed);
		List<String> numbers = new ArrayList<>();
		while (numbers.size() < count) {
			int month = 1 + random.nextInt(12);
			int day = 1 + random.nextInt(month == 2 ? 28 : 30);
			int year = 40 + random.nextInt(60);
			int individual = 900 + random.nextInt(100);
			int[] offsets = offsets(type, random);
			String number = withControlDigits(
					String.format("%02d%02d%02d%03d", day + offsets[0], month + offsets[1], year, individual), remainder);
			if (number != null) {
				numbers.add(number);
			}
		}
		return numbers;
	}

	/** The nine digits with the control digits that make them valid, or null when no K1 or K2 fits. */
	static String withControlDigits(String nine, int remainder) {
		int first = weighted(nine, FIRST);
		int k1 = Math.floorMod(remainder - first, 11);
		if (k1 == 10) {
			return null;
		}
		String ten = nine + k1;
		int k2 = 11 - weighted(ten, SECOND) % 11;
		return k2 == 10 ? null : ten + (k2 == 11 ? 0 : k2);
	}

	/** {@code count} valid bank account numbers that are not also valid identity numbers. */
	static List<String> accounts(int count, long seed) {
		Random random = new Random(seed);
		List<String> numbers = new ArrayList<>();
		while (numbers.size() < count) {
			String ten = String.format("%04d%06d", 1000 + random.nextInt(9000), random.nextInt(1_000_000));
			int k = 11 - weighted(ten, SECOND) % 11;
			if (k != 10) {
				String account = ten + (k == 11 ? 0 : k);
				if (new PersonalDataDetector().scan(account).stream().noneMatch(f -> f.type().identityNumber())) {
					numbers.add(account);
				}
			}
		}
		return numbers;
	}

	/** Swaps the digits at {@code i} and {@code i + 1}. */
	static String swapped(String number, int i) {
		char[] chars = number.toCharArray();
		char c = chars[i];
		chars[i] = chars[i + 1];
		chars[i + 1] = c;
		return new String(chars);
	}

	/**
	 * Day and month offsets: D-numbers day + 40, H-numbers month + 40, synthetic numbers one of Tenor's month + 80
	 * (with or without day + 40) and Dolly's D-number day + 40 with month + 40.
	 */
	private static int[] offsets(FindingType type, Random random) {
		return switch (type) {
			case D_NUMBER -> new int[] { 40, 0 };
			case H_NUMBER -> new int[] { 0, 40 };
			case SYNTHETIC_ID -> new int[][] { { 0, 80 }, { 40, 80 }, { 40, 40 } }[random.nextInt(3)];
			default -> new int[] { 0, 0 };
		};
	}

	private static int weighted(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * (digits.charAt(i) - '0');
		}
		return sum;
	}

}
