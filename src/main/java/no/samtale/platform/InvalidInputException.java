package no.samtale.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A business rule rejected a value the client sent; answered as 400 naming the field. A rule clients should word in
 * their reader's language gives a stable {@code code} (as a Bean Validation constraint's name is one): it comes out
 * as the field error's {@code code}, and the English message stays the {@code detail}. Several fields at fault are
 * reported together ({@link FieldChecks}), so a client can mark every one of them at once.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final @Nullable String code;

	private final List<FieldError> errors;

	public InvalidInputException(String field, String message) {
		this(field, null, message);
	}

	public InvalidInputException(String field, @Nullable String code, String message) {
		this(List.of(new FieldError(field, code, message)));
	}

	/** Every field at fault; the first one is {@link #field()}. */
	public InvalidInputException(List<FieldError> errors) {
		super(errors.stream().map(error -> errors.size() == 1 ? error.detail() : error.field() + ": " + error.detail())
			.reduce((a, b) -> a + "; " + b)
			.orElseThrow(() -> new IllegalArgumentException("at least one field error")));
		this.errors = List.copyOf(errors);
		this.field = errors.get(0).field();
		this.code = errors.get(0).code();
	}

	public String field() {
		return field;
	}

	/** The rule's stable name, such as {@code ShiftNeedsSomeone}, or null where only the problem type tells. */
	public @Nullable String code() {
		return code;
	}

	public List<FieldError> errors() {
		return errors;
	}

}
