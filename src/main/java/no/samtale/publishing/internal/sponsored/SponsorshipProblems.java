package no.samtale.publishing.internal.sponsored;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;

/**
 * A sponsored posts' results file with faults, each with its line and column. Ordered first: the platform's handler
 * of every other exception would otherwise answer it as an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SponsorshipProblems {

	/**
	 * One fault of a file. {@code field} says line and column as a path ({@code lines[3].spendNok}), so generic
	 * clients see each fault apart; {@code code} names the rule broken, for clients to say in their reader's language.
	 */
	record ResultsCsvError(String field, String code, int line, String column, String detail) {
	}

	@ExceptionHandler(SponsorshipCsvRejected.class)
	ProblemDetail rejected(SponsorshipCsvRejected e) {
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, Problems.type("sponsorship-results-csv"),
				"The results file has faults", e.getMessage());
		List<ResultsCsvError> errors = e.faults()
			.stream()
			.map(f -> new ResultsCsvError("lines[" + f.line() + "]." + f.column(), f.code(), f.line(), f.column(),
					f.detail()))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

}
