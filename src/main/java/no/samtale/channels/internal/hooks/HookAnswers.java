package no.samtale.channels.internal.hooks;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;

/** The problem answers the X and LinkedIn webhooks give, with stable types. */
public final class HookAnswers {

	private HookAnswers() {
	}

	public static ResponseEntity<ProblemDetail> notStored() {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "hook-delivery-not-stored", "Delivery not stored",
				"The delivery could not be stored now; send it again");
	}

	public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemFactory.problem(status, Problems.type(type), title, detail));
	}

}
