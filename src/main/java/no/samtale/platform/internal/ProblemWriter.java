package no.samtale.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import no.samtale.platform.FieldError;
import no.samtale.platform.ProblemResponses;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem JSON from the platform's servlet filters, which answer before any controller advice runs. */
@Component
class ProblemWriter implements ProblemResponses {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			String title, String detail) throws IOException {
		write(request, response, status, type, title, detail, null);
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type, String title,
			String detail, String field) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.toString());
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		if (field != null) {
			body.put("field", field);
			body.put("errors", java.util.List.of(new FieldError(field, detail)));
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

}
