package no.samtale.contacts.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;

/** The contacts module's own problem: a telephony file with faults, each with its line and column. */
@RestControllerAdvice
class ContactProblems {

	/** One fault of a file: {@code field} is the column, so generic clients still see which field is wrong. */
	record CsvProblemError(String field, int line, String column, String detail) {
	}

	@ExceptionHandler(TelephonyCsvRejected.class)
	ProblemDetail rejected(TelephonyCsvRejected e) {
		ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, Problems.type("telephony-csv"),
				"The telephony file has faults", e.getMessage());
		List<CsvProblemError> errors = e.faults()
			.stream()
			.map(f -> new CsvProblemError(f.column(), f.line(), f.column(), f.detail()))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

}
