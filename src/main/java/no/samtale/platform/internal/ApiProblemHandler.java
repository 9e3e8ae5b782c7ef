package no.samtale.platform.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.ResolvableType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import no.samtale.platform.ConflictException;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.RefusedContentException;
import no.samtale.platform.RuleViolationException;
import no.samtale.platform.FieldError;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error raised in a controller into RFC 9457 problem JSON with a stable type and, where a field is at
 * fault, its name. Spring's base class covers the framework's own exceptions (405, 415, 404 …); this class gives
 * them our types and adds the field details Spring leaves out.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return ProblemFactory.problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", e.getMessage());
		problem.setProperty("field", e.field());
		problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
		return problem;
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException e) {
		return ProblemFactory.problem(HttpStatus.FORBIDDEN, e.type(), "Forbidden", e.getMessage());
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolation(RuleViolationException e) {
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.CONFLICT, e.type(), "Not allowed by the rules",
				e.getMessage());
		if (e.field() != null) {
			problem.setProperty("field", e.field());
			problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
		}
		return problem;
	}

	@ExceptionHandler(RefusedContentException.class)
	ProblemDetail refusedContent(RefusedContentException e) {
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.UNPROCESSABLE_CONTENT, e.type(), "Content refused",
				e.getMessage());
		problem.setProperty("field", e.field());
		problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
		return problem;
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException e) {
		return ProblemFactory.problem(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
				"Log in, or send a personal API token");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleVersion(OptimisticLockingFailureException e) {
		return ProblemFactory.problem(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict",
				"Someone else changed this in the meantime; reload and try again");
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException e) {
		return ProblemFactory.invalid(e.getMessage(), e.errors());
	}

	@ExceptionHandler(PageQuery.InvalidPageException.class)
	ProblemDetail invalidPage(PageQuery.InvalidPageException e) {
		return ProblemFactory.invalidField(e.parameter(), e.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		return ProblemFactory.problem(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
				"You do not have the role this needs");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		Class<?> type = e.getRequiredType();
		if (type != null && Collection.class.isAssignableFrom(type)) {
			// ?status=OPEN&status=FOO: what one element takes, not "a list".
			type = ResolvableType.forMethodParameter(e.getParameter()).asCollection().resolveGeneric(0);
		}
		return ProblemFactory.invalidField(e.getName(), wrongType(e.getName(), type));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		if (DatabaseOutage.causedBy(e)) {
			// Expected while the database is away; one line, not a stack trace per request.
			log.warn("Database unreachable: {}", e.toString());
			return unavailable();
		}
		// The stack trace goes to the log, never to the client.
		log.error("Unhandled error", e);
		return ResponseEntity.internalServerError()
			.body(ProblemFactory.problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "Internal error",
					"Something went wrong on our side; it has been logged"));
	}

	static ResponseEntity<ProblemDetail> unavailable() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemFactory.problem(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE, "Service unavailable",
					"The database cannot be reached just now; try again after Retry-After seconds"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getCode(), error.isBindingFailure()
					// A query parameter that did not convert (?status=CLOSED): say so, not the converter's message.
					? wrongType(error.getField(), e.getBindingResult().getFieldType(error.getField()))
					: error.getDefaultMessage()))
			.toList();
		String detail = errors.stream().map(error -> error.field() + ": " + error.detail()).collect(Collectors.joining("; "));
		return ResponseEntity.badRequest().body(ProblemFactory.invalid(detail, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = e.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(parameterName(result), constraint(error), error.getDefaultMessage())))
			.toList();
		String detail = errors.stream().map(error -> error.field() + ": " + error.detail()).collect(Collectors.joining("; "));
		return ResponseEntity.badRequest().body(ProblemFactory.invalid(detail, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (causeOf(e, BodyLimitFilter.BodyTooLargeException.class) != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(ProblemFactory.problem(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Content too large",
						causeOf(e, BodyLimitFilter.BodyTooLargeException.class).getMessage()));
		}
		String field = jsonPath(e);
		if (causeOf(e, StrictJson.InvalidCharacterException.class) != null) {
			String name = field == null ? "body" : field;
			ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, Problems.INVALID_CHARACTER,
					"Invalid character", "'" + name + "' holds a NUL character or a lone surrogate");
			problem.setProperty("field", name);
			problem.setProperty("errors", List.of(new FieldError(name, "holds a NUL character or a lone surrogate")));
			return ResponseEntity.badRequest().body(problem);
		}
		UnrecognizedPropertyException unknown = causeOf(e, UnrecognizedPropertyException.class);
		if (unknown != null && field != null) {
			return ResponseEntity.badRequest().body(unknownField(field, unknown));
		}
		String why = ExpectedValues.mustBe(ExpectedValues.targetOf(e));
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
				"Malformed request", field == null ? "The request body is missing or is not valid JSON"
						: "The value of '" + field + "' cannot be read" + (why == null ? "" : "; it " + why));
		if (field != null) {
			problem.setProperty("field", field);
			problem.setProperty("errors", List.of(new FieldError(field, why == null ? "cannot be read" : why)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/** "'expireAt' is not a field of this request; known fields: expiresAt, name", with the code {@code unknown-field}. */
	private static ProblemDetail unknownField(String field, UnrecognizedPropertyException unknown) {
		String known = unknown.getKnownPropertyIds() == null ? ""
				: unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
		String why = "is not a field of this request" + (known.isEmpty() ? "" : "; known fields: " + known);
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
				"Malformed request", "'" + field + "' " + why);
		problem.setProperty("field", field);
		problem.setProperty("errors", List.of(new FieldError(field, "unknown-field", why)));
		return problem;
	}

	/** Gives Spring's own problems (405, 406, 415, 404 for a missing resource …) our stable types. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(StatusProblemTypes.forStatus(statusCode.value()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/** "'status' must be one of OPEN, CLOSED": the parameter and what it takes, where we can say it. */
	private static String wrongType(String name, @Nullable Class<?> type) {
		String why = ExpectedValues.mustBe(type);
		return "'" + name + "' " + (why == null ? "has the wrong type" : why);
	}

	private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** The constraint's simple name ({@code Size}): the most general of the codes Spring resolves a message by. */
	private static @Nullable String constraint(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return codes == null || codes.length == 0 ? null : codes[codes.length - 1];
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return name == null ? "parameter" : name;
	}

	/** The JSON path of the value Jackson could not read, such as {@code roles[1]}, or null if the body is not JSON. */
	private static String jsonPath(HttpMessageNotReadableException e) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

}
