package no.samtale.platform;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/**
 * Writes a problem (RFC 9457) straight to a servlet response, for a module's servlet filter that answers before
 * any controller advice runs; the same JSON the platform's own filters write.
 */
public interface ProblemResponses {

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type, String title,
			String detail) throws IOException;

}
