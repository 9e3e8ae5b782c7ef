package no.samtale.platform;

import org.jspecify.annotations.Nullable;

/**
 * A business rule rejected a value the client sent; answered as 400 naming the field. A rule clients should word in
 * their reader's language gives a stable {@code code} (as a Bean Validation constraint's name is one): it comes out
 * as the field error's {@code code}, and the English message stays the {@code detail}.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final @Nullable String code;

	public InvalidInputException(String field, String message) {
		this(field, null, message);
	}

	public InvalidInputException(String field, @Nullable String code, String message) {
		super(message);
		this.field = field;
		this.code = code;
	}

	public String field() {
		return field;
	}

	/** The rule's stable name, such as {@code ShiftNeedsSomeone}, or null where only the problem type tells. */
	public @Nullable String code() {
		return code;
	}

}
