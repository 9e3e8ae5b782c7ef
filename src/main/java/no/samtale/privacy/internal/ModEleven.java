package no.samtale.privacy.internal;

/** The modulus-11 control digit shared by identity and account numbers. */
final class ModEleven {

	private static final int[] ACCOUNT_WEIGHTS = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

	private ModEleven() {
	}

	/** 11 − (weighted sum mod 11), where 11 means 0; -1 when it would be 10, which no digit can hold. */
	static int controlDigit(int weightedSum) {
		int digit = 11 - weightedSum % 11;
		return digit == 11 ? 0 : digit == 10 ? -1 : digit;
	}

	/** A Norwegian bank account number: eleven digits whose last is the mod-11 control digit of the first ten. */
	static boolean validAccount(int[] d) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += ACCOUNT_WEIGHTS[i] * d[i];
		}
		return controlDigit(sum) == d[10];
	}

}
