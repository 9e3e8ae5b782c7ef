package no.samtale.contacts.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import no.samtale.platform.CsvFault;
import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;

/** The contacts module's own problem: a telephony file with faults, each with its line and column. */
@RestControllerAdvice
class ContactProblems {

	@ExceptionHandler(TelephonyCsvRejected.class)
	ProblemDetail rejected(TelephonyCsvRejected e) {
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, Problems.type("telephony-csv"),
				"The telephony file has faults", e.getMessage());
		problem.setProperty("errors", e.faults().stream().map(CsvFault::asError).toList());
		return problem;
	}

}
