package no.samtale.platform;

import org.jspecify.annotations.Nullable;

/**
 * One offending field in a problem's {@code errors} list: a JSON path such as {@code roles[0]}, the constraint it
 * broke where a Bean Validation constraint caught it ({@code NotBlank}, {@code Size}, {@code Email} …, so that clients
 * can say it in their reader's language), and why, in English.
 */
public record FieldError(String field, @Nullable String code, String detail) {

	/** A field at fault for a reason of the server's own (the problem's type says which). */
	public FieldError(String field, String detail) {
		this(field, null, detail);
	}

}
