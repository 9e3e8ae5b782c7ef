package no.samtale.publishing.internal.sponsored;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import no.samtale.platform.CsvFault;
import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;

/**
 * A sponsored posts' results file with faults, each with its line and column. Ordered first: the platform's handler
 * of every other exception would otherwise answer it as an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SponsorshipProblems {

	@ExceptionHandler(SponsorshipCsvRejected.class)
	ProblemDetail rejected(SponsorshipCsvRejected e) {
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, Problems.type("sponsorship-results-csv"),
				"The results file has faults", e.getMessage());
		problem.setProperty("errors", e.faults().stream().map(CsvFault::asError).toList());
		return problem;
	}

}
