package no.samtale.privacy;

/**
 * What kind of personal data a {@link Finding} is. The first four are Norwegian identity numbers: they identify a
 * person on their own and are never shown in public. The last is a probably mistyped one.
 */
public enum FindingType {

	NATIONAL_ID("national-id"),
	D_NUMBER("d-number"),
	H_NUMBER("h-number"),
	SYNTHETIC_ID("synthetic-id"),
	BANK_ACCOUNT("bank-account"),
	PHONE("phone"),
	EMAIL("email"),

	/**
	 * Eleven digits introduced as an identity number ("fnr", "fødselsnummeret mitt er", "personnummer") that fail its
	 * date or control digits: most likely a mistyped one, still enough to find the person. Masked like an identity
	 * number wherever text is masked, but not refused or hidden, since it is not certain.
	 */
	PROBABLE_ID("probable-id");

	private final String code;

	FindingType(String code) {
		this.code = code;
	}

	/** The stable name in JSON and logs, e.g. {@code national-id}. */
	public String code() {
		return code;
	}

	/** Whether this is one of the identity numbers (fødselsnummer, D-, H- or synthetic number), valid as one. */
	public boolean identityNumber() {
		return ordinal() <= SYNTHETIC_ID.ordinal();
	}

	/** Whether this is an identity number, valid or probably mistyped: masked and warned about alike. */
	public boolean identityNumberOrProbablyOne() {
		return identityNumber() || this == PROBABLE_ID;
	}

}
