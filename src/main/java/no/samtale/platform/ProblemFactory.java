package no.samtale.platform;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds problem details the same way everywhere, so clients see one shape. */
public final class ProblemFactory {

	private ProblemFactory() {
	}

	public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	/** A 400 naming the fields at fault; {@code field} repeats the first so simple clients need not read the list. */
	public static ProblemDetail invalid(String detail, List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request", detail);
		problem.setProperty("errors", errors);
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).field());
		}
		return problem;
	}

	public static ProblemDetail invalidField(String field, String detail) {
		return invalid(detail, List.of(new FieldError(field, detail)));
	}

}
