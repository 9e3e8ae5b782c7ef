package no.samtale.contacts.internal;

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
 * The contacts module's own problem: a telephony file with faults, each with its line and column. Ordered first, as
 * the other modules' problem handlers are: the platform's handler of every other exception would otherwise answer
 * it as an internal error whenever Spring happens to consult that advice first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContactProblems {

	@ExceptionHandler(TelephonyCsvRejected.class)
	ProblemDetail rejected(TelephonyCsvRejected e) {
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, Problems.type("telephony-csv"),
				"The telephony file has faults", e.getMessage());
		problem.setProperty("errors", e.faults().stream().map(CsvFault::asError).toList());
		return problem;
	}

}
