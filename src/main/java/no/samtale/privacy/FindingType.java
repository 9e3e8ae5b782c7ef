package no.samtale.privacy;

/**
 * What kind of personal data a {@link Finding} is. The first four are Norwegian identity numbers: they identify a
 * person on their own and are never shown in public.
 */
public enum FindingType {

	NATIONAL_ID("national-id"),
	D_NUMBER("d-number"),
	H_NUMBER("h-number"),
	SYNTHETIC_ID("synthetic-id"),
	BANK_ACCOUNT("bank-account"),
	PHONE("phone"),
	EMAIL("email");

	private final String code;

	FindingType(String code) {
		this.code = code;
	}

	/** The stable name in JSON and logs, e.g. {@code national-id}. */
	public String code() {
		return code;
	}

	/** Whether this is one of the identity numbers (fødselsnummer, D-, H- or synthetic number). */
	public boolean identityNumber() {
		return ordinal() <= SYNTHETIC_ID.ordinal();
	}

}
