package no.samtale.platform;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks a form's fields and reports every one at fault in one 400, rather than the first only: a person who got one
 * error, fixed it and sent again only to learn of the next had every reason to give up (the tester's walk).
 * Checks that depend on another field being valid go after {@link #throwIfAny()} or test {@link #failed(String)}.
 */
public final class FieldChecks {

	private final List<FieldError> errors = new ArrayList<>();

	/** Notes {@code field} as at fault unless {@code ok}. */
	public FieldChecks require(boolean ok, String field, String detail) {
		return require(ok, field, null, detail);
	}

	/** Notes {@code field} as at fault, with the rule's stable code, unless {@code ok}. */
	public FieldChecks require(boolean ok, String field, @Nullable String code, String detail) {
		if (!ok && !failed(field)) {
			errors.add(new FieldError(field, code, detail));
		}
		return this;
	}

	/** Whether a check of {@code field} already failed (one error per field is enough). */
	public boolean failed(String field) {
		return errors.stream().anyMatch(error -> error.field().equals(field));
	}

	/** Throws one {@link InvalidInputException} naming every field at fault, if any is. */
	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
