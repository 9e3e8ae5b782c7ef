package no.samtale.platform;

/** A business rule rejected a value the client sent; answered as 400 naming the field. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
