package no.samtale.platform.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import no.samtale.platform.Problems;

/**
 * Refuses a NUL (or a lone surrogate) in a query parameter's name or value with a 400 naming the parameter, before
 * anything can try to store or search for it. The servlet container already refuses one in the path.
 */
final class QueryParameterFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	QueryParameterFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && query.indexOf('%') >= 0) {
			for (Map.Entry<String, String> parameter : QueryStrings.parse(query)) {
				if (StrictJson.firstForbiddenChar(parameter.getKey()) >= 0
						|| StrictJson.firstForbiddenChar(parameter.getValue()) >= 0) {
					String name = printable(parameter.getKey());
					problems.write(request, response, HttpStatus.BAD_REQUEST, Problems.INVALID_CHARACTER,
							"Invalid character", "The query parameter '" + name
									+ "' holds a NUL character or a lone surrogate", name);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static String printable(String name) {
		StringBuilder printable = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			printable.append(c == 0 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return printable.toString();
	}

}
