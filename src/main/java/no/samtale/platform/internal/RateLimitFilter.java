package no.samtale.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import no.samtale.platform.Problems;
import no.samtale.platform.RateLimitedPath;

/**
 * Counts the requests to the paths modules declared as rate-limited and answers 429 once a client's bucket is
 * empty. Runs after Spring Security, so a limit per caller knows who is logged in; a request refused there (401,
 * 403) never takes a token.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	private record Rule(RateLimitedPath path, PathPattern pattern) {
	}

	private final List<Rule> rules;

	private final RateLimiter limiter;

	private final ProblemWriter problems;

	RateLimitFilter(List<RateLimitedPath> paths, RateLimiter limiter, ProblemWriter problems) {
		this.rules = paths.stream()
			.filter(path -> limiter.isOn(path.limit()))
			.map(path -> new Rule(path, PathPatternParser.defaultInstance.parse(path.pattern())))
			.toList();
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!rules.isEmpty()) {
			PathContainer path = PathContainer.parsePath(request.getRequestURI());
			for (Rule rule : rules) {
				if (rule.path().method().matches(request.getMethod()) && rule.pattern().matches(path)) {
					String client = client(rule.path(), request);
					Duration wait = client == null ? Duration.ZERO : limiter.consume(rule.path().limit(), client);
					if (!wait.isZero()) {
						refuse(request, response, wait);
						return;
					}
				}
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(wait)));
		problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, Problems.RATE_LIMITED, "Too many requests",
				"Too many requests from this client; try again after Retry-After seconds", null);
	}

	static long retryAfterSeconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	private static String client(RateLimitedPath path, HttpServletRequest request) {
		return switch (path.key()) {
			case ADDRESS -> "address:" + request.getRemoteAddr();
			case CALLER -> {
				Authentication caller = SecurityContextHolder.getContext().getAuthentication();
				yield caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)
						? "user:" + caller.getName() : "address:" + request.getRemoteAddr();
			}
			case COOKIE -> cookie(request, path.cookie());
		};
	}

	private static String cookie(HttpServletRequest request, String name) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
					return "cookie:" + cookie.getValue();
				}
			}
		}
		return null;
	}

}
