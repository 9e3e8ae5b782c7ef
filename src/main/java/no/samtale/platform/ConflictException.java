package no.samtale.platform;

/** The request clashes with the current state (a taken name, a stale version); answered as 409 naming the field. */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
