package no.samtale.channels.internal.meta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import no.samtale.platform.ProblemResponses;
import no.samtale.platform.Problems;

/**
 * Serves Meta's deliveries ({@code POST /webhooks/meta}) as the first filter, before Spring Security and Spring MVC:
 * the signature is the delivery's only authentication, and at 2,000 deliveries a second the generic stack (a dozen
 * security filters, request mapping, message conversion, observation) cost about 0.4 ms of CPU per delivery, three
 * quarters of the path, on cores that also process what arrives (docs/benchmarks.md, "Meta webhook processing").
 * Everything else of the path (the verification handshake, other methods) goes on to the controller.
 */
final class MetaWebhookIntake implements Filter {

	static final String PATH = "/webhooks/meta";

	private static final byte[] RECEIVED = "EVENT_RECEIVED".getBytes(StandardCharsets.US_ASCII);

	private final MetaWebhookReception reception;

	private final ProblemResponses problems;

	MetaWebhookIntake(MetaWebhookReception reception, ProblemResponses problems) {
		this.reception = reception;
		this.problems = problems;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		if (!"POST".equals(request.getMethod()) || !PATH.equals(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		// What the security chain adds to every answer, so these read like the rest of the server's.
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		byte[] body = bounded(request);
		MetaWebhookReception.Refusal refusal = body == null ? MetaWebhookReception.TOO_LARGE
				: reception.receive(body, request.getHeader("X-Hub-Signature-256"));
		if (refusal != null) {
			problems.write(request, response, refusal.status(), Problems.type(refusal.type()), refusal.title(),
					refusal.detail());
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setContentLength(RECEIVED.length);
		response.getOutputStream().write(RECEIVED);
	}

	/** The body, or null when it is longer than a delivery may be (read no further than that). */
	private static byte[] bounded(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MetaDeliveries.MAX_PAYLOAD) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MetaDeliveries.MAX_PAYLOAD + 1);
			return body.length > MetaDeliveries.MAX_PAYLOAD ? null : body;
		}
	}

}
