package no.samtale.platform.internal;

import java.net.URI;

import no.samtale.platform.Problems;

/** The problem type for an error known only by its HTTP status (from Spring itself or the servlet container). */
final class StatusProblemTypes {

	private StatusProblemTypes() {
	}

	static URI forStatus(int status) {
		return switch (status) {
			case 400 -> Problems.MALFORMED_REQUEST;
			case 401 -> Problems.UNAUTHENTICATED;
			case 403 -> Problems.FORBIDDEN;
			case 404 -> Problems.NOT_FOUND;
			case 405 -> Problems.METHOD_NOT_ALLOWED;
			case 406 -> Problems.NOT_ACCEPTABLE;
			case 409 -> Problems.CONFLICT;
			case 413 -> Problems.PAYLOAD_TOO_LARGE;
			case 415 -> Problems.UNSUPPORTED_MEDIA_TYPE;
			default -> status >= 500 ? Problems.INTERNAL : Problems.type("http-" + status);
		};
	}

}
