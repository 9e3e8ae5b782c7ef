package no.samtale.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import no.samtale.platform.ProblemResponses;
import no.samtale.platform.Problems;
import no.samtale.platform.RateLimits;

/**
 * Throttles failed password logins before any password is checked: per client address ({@code login-address}), so
 * one client cannot guess at speed or lock many accounts, and per username ({@code login-username}), so many clients
 * together cannot guess one account's password fast. Each attempt takes a token and a successful one gives it back.
 * Answered 429 with {@code Retry-After}; the lockout after five wrong passwords in a row still applies.
 */
class LoginThrottle extends OncePerRequestFilter {

	private final RateLimits limits;

	private final ProblemResponses problems;

	LoginThrottle(RateLimits limits, ProblemResponses problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String username = request.getParameter("username");
		String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		Duration wait = limits.consume("login-address", address);
		if (wait.isZero()) {
			wait = limits.consume("login-username", user);
			if (!wait.isZero()) {
				limits.refund("login-address", address);
			}
		}
		if (!wait.isZero()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
			problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, Problems.RATE_LIMITED, "Too many requests",
					"Too many login attempts; try again after Retry-After seconds");
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.OK.value()) {
			// Only failures count: a person who logs in now and then never meets the limit.
			limits.refund("login-address", address);
			limits.refund("login-username", user);
		}
	}

}
